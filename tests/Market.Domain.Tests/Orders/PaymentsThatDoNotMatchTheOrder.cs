using Market.Domain.Orders;
using static Market.Domain.Tests.Orders.OrderScript;

namespace Market.Domain.Tests.Orders;

public sealed class PaymentsThatDoNotMatchTheOrder
{
    [Theory]
    [InlineData(1_999, "usd")]
    [InlineData(2_500, "usd")]
    [InlineData(2_000, "eur")]
    public void A_wrong_amount_or_currency_owes_a_full_refund_of_what_was_paid_and_credits_nobody(long amountMinor, string currency)
    {
        var decision = Decide(Placed(2_000), Payment(amountMinor, currency));

        var mismatched = decision.Events.ShouldHaveSingleItem().ShouldBeOfType<OrderEvent.PaymentMismatched>();
        mismatched.Refund.ShouldBe(new RefundDue("mismatch-refund:o_1", amountMinor, currency));
        decision.Events.OfType<OrderEvent.Paid>().ShouldBeEmpty();
        var order = OrderDecider.Evolve(Placed(2_000), mismatched);
        order.Status.ShouldBe(OrderStatusNames.PaymentMismatch);
        order.MismatchRefund.ShouldBe(mismatched.Refund);
    }

    [Fact]
    public void A_second_delivery_owes_no_second_refund()
    {
        var mismatched = Apply(Placed(2_000), Payment(1_000));

        Decide(mismatched, Payment(1_000)).ShouldBe(OrderDecision.Nothing);
        Decide(mismatched, Payment(2_000, eventId: "evt_other")).ShouldBe(OrderDecision.Nothing);
    }

    [Fact]
    public void A_mismatch_needs_no_fee_because_nothing_is_fulfilled()
    {
        Single<OrderEvent.PaymentMismatched>(Placed(2_000), Payment(1_000, feeMinor: null)).Refund.AmountMinor.ShouldBe(1_000);
    }

    [Fact]
    public void Its_refund_arriving_records_the_total_and_reverses_no_line()
    {
        var mismatched = Apply(Placed(2_000), Payment(1_000));

        var refunded = Single<OrderEvent.ChargeRefunded>(mismatched, ChargeRefunded(1_000));

        refunded.Returns.ShouldBeEmpty();
        var order = OrderDecider.Evolve(mismatched, refunded);
        order.IsMismatchRefunded.ShouldBeTrue();
        order.Status.ShouldBe(OrderStatusNames.PaymentMismatch);
    }

    [Fact]
    public void An_admin_refund_or_a_dispute_of_it_is_refused()
    {
        var mismatched = Apply(Placed(2_000), Payment(1_000));

        Refusal(mismatched, new OrderCommand.RequestRefund(null, null)).Reason.ShouldBe(OrderRefusalReason.PaymentMismatched);
        Refusal(mismatched, OpenDispute(1_000)).Reason.ShouldBe(OrderRefusalReason.PaymentMismatched);
    }
}
