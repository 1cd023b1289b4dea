using Market.Domain.Orders;
using static Market.Domain.Tests.Orders.OrderScript;

namespace Market.Domain.Tests.Orders;

public sealed class DelayedPayments
{
    private static readonly OrderCommand.NoteUnpaidCompletion CompletedUnpaid = new("evt_completed", "cs_1");
    private static readonly OrderCommand.FailPayment Failed = new("evt_failed", "cs_1", Now.AddDays(3));

    [Fact]
    public void A_completed_checkout_that_is_not_paid_fulfils_nothing()
    {
        Decide(Placed(2_000), CompletedUnpaid).ShouldBe(OrderDecision.Nothing);
    }

    [Fact]
    public void The_delayed_payment_succeeding_pays_the_order()
    {
        var order = Apply(Placed(2_000), CompletedUnpaid, Payment(2_000, eventId: "evt_async_succeeded"));

        order.Status.ShouldBe(OrderStatusNames.Paid);
        order.Payment!.EventId.ShouldBe("evt_async_succeeded");
    }

    [Fact]
    public void The_delayed_payment_failing_closes_the_order()
    {
        var order = Apply(Placed(2_000), CompletedUnpaid, Failed);

        order.Status.ShouldBe(OrderStatusNames.Closed);
        order.ClosedAt.ShouldBe(Now.AddDays(3));
    }

    [Fact]
    public void A_closed_order_ignores_the_failure_again_and_takes_no_payment()
    {
        var closed = Apply(Placed(2_000), Failed);

        Decide(closed, Failed).ShouldBe(OrderDecision.Nothing);
        Decide(closed, Payment(2_000)).ShouldBe(OrderDecision.Nothing);
        Refusal(closed, ChargeRefunded(100)).Reason.ShouldBe(OrderRefusalReason.PaymentFailed);
    }

    [Fact]
    public void A_failure_cannot_close_a_paid_order()
    {
        Refusal(Paid(2_000), Failed).Reason.ShouldBe(OrderRefusalReason.NotPending);
    }
}
