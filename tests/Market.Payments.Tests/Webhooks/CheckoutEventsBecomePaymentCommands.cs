using Market.Domain.Orders;
using Market.Payments.Webhooks;
using static Market.Payments.Tests.Webhooks.OrderEventBodies;

namespace Market.Payments.Tests.Webhooks;

public sealed class CheckoutEventsBecomePaymentCommands
{
    [Fact]
    public void A_paid_completion_confirms_the_payment_of_the_order_it_references()
    {
        var translated = OrderEventTranslation.Translate(CheckoutEvent(OrderEventTypes.CheckoutCompleted, "paid")).ShouldNotBeNull();

        translated.OrderId.ShouldBe("o_1");
        translated.PaymentIntentId.ShouldBe("pi_1");
        translated.Command.ShouldBe(new OrderCommand.ConfirmPayment("evt_1", "cs_1", "pi_1", 2500, "usd", null, CreatedAt));
    }

    [Fact]
    public void The_fee_is_taken_from_the_event_when_it_carries_the_charge()
    {
        var translated = OrderEventTranslation.Translate(CheckoutEvent(OrderEventTypes.CheckoutCompleted, "paid", paymentIntent: PaymentIntentWithFee(103)));

        translated!.Command.ShouldBeOfType<OrderCommand.ConfirmPayment>().FeeMinor.ShouldBe(103);
        translated.PaymentIntentId.ShouldBe("pi_1");
    }

    [Theory]
    [InlineData("unpaid")]
    [InlineData("no_payment_required")]
    public void A_completion_that_is_not_paid_only_notes_it(string paymentStatus)
    {
        OrderEventTranslation.Translate(CheckoutEvent(OrderEventTypes.CheckoutCompleted, paymentStatus))!.Command
            .ShouldBe(new OrderCommand.NoteUnpaidCompletion("evt_1", "cs_1"));
    }

    [Fact]
    public void A_delayed_payment_that_succeeded_confirms_the_payment()
    {
        OrderEventTranslation.Translate(CheckoutEvent(OrderEventTypes.AsyncPaymentSucceeded, "paid"))!.Command
            .ShouldBeOfType<OrderCommand.ConfirmPayment>().AmountMinor.ShouldBe(2500);
    }

    [Fact]
    public void A_delayed_payment_that_failed_fails_the_payment()
    {
        OrderEventTranslation.Translate(CheckoutEvent(OrderEventTypes.AsyncPaymentFailed, "unpaid"))!.Command
            .ShouldBe(new OrderCommand.FailPayment("evt_1", "cs_1", CreatedAt));
    }

    [Fact]
    public void A_checkout_without_an_order_reference_is_no_orders()
    {
        OrderEventTranslation.Translate(CheckoutEvent(OrderEventTypes.CheckoutCompleted, "paid", orderId: null)).ShouldBeNull();
    }
}
