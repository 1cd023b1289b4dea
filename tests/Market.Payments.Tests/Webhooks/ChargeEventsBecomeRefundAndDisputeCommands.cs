using Market.Domain.Orders;
using Market.Payments.Webhooks;
using static Market.Payments.Tests.Webhooks.OrderEventBodies;

namespace Market.Payments.Tests.Webhooks;

public sealed class ChargeEventsBecomeRefundAndDisputeCommands
{
    [Fact]
    public void A_refunded_charge_records_its_cumulative_total_and_the_key_of_the_call_that_caused_it()
    {
        var translated = OrderEventTranslation.Translate(ChargeRefunded(700, "o_1", "pi_1", "refund:o_1:r1")).ShouldNotBeNull();

        translated.OrderId.ShouldBe("o_1");
        translated.Command.ShouldBe(new OrderCommand.RecordChargeRefund("evt_1", 700, "refund:o_1:r1", CreatedAt));
    }

    [Fact]
    public void A_refund_made_in_Stripes_dashboard_has_no_key_and_is_found_by_its_payment_intent()
    {
        var translated = OrderEventTranslation.Translate(ChargeRefunded(700, null, "pi_1", null)).ShouldNotBeNull();

        translated.OrderId.ShouldBeNull();
        translated.PaymentIntentId.ShouldBe("pi_1");
        translated.Command.ShouldBeOfType<OrderCommand.RecordChargeRefund>().RequestKey.ShouldBeNull();
    }

    [Fact]
    public void A_charge_naming_neither_an_order_nor_a_payment_intent_is_no_orders()
    {
        OrderEventTranslation.Translate(ChargeRefunded(700, null, null, null)).ShouldBeNull();
    }

    [Fact]
    public void A_created_dispute_opens_a_dispute_on_the_payment_intents_order()
    {
        var translated = OrderEventTranslation.Translate(Dispute(OrderEventTypes.DisputeCreated, "needs_response", 1500)).ShouldNotBeNull();

        translated.PaymentIntentId.ShouldBe("pi_1");
        translated.Command.ShouldBe(new OrderCommand.OpenDispute("evt_1", "dp_1", 2500, "fraudulent", CreatedAt));
    }

    [Fact]
    public void A_lost_dispute_closes_as_lost_with_the_fee_Stripe_took()
    {
        OrderEventTranslation.Translate(Dispute(OrderEventTypes.DisputeClosed, "lost", 1500))!.Command
            .ShouldBe(new OrderCommand.CloseDispute("evt_1", "dp_1", 2500, "fraudulent", true, 1500, CreatedAt));
    }

    [Theory]
    [InlineData("won")]
    [InlineData("warning_closed")]
    public void Any_other_closing_status_releases_it_and_a_fee_given_back_nets_out(string status)
    {
        var close = OrderEventTranslation.Translate(Dispute(OrderEventTypes.DisputeClosed, status, 1500, -1500))!.Command
            .ShouldBeOfType<OrderCommand.CloseDispute>();

        close.Lost.ShouldBeFalse();
        close.FeeMinor.ShouldBe(0);
    }
}
