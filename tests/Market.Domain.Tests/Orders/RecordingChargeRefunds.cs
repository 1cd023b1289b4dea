using Market.Domain.Orders;
using static Market.Domain.Tests.Orders.OrderScript;

namespace Market.Domain.Tests.Orders;

public sealed class RecordingChargeRefunds
{
    [Fact]
    public void Several_partial_refunds_add_up_to_a_refunded_order()
    {
        var order = Apply(
            Paid(1_500, 500),
            new OrderCommand.RequestRefund("1", 700), ChargeRefunded(700, "refund:o_1:r1"),
            new OrderCommand.RequestRefund("2", 500), ChargeRefunded(1_200, "refund:o_1:r2"));
        order.Status.ShouldBe(OrderStatusNames.Paid);
        order.ReturnedMinorOf("1").ShouldBe(700);
        order.ReturnedMinorOf("2").ShouldBe(500);

        order = Apply(order, new OrderCommand.RequestRefund(null, null), ChargeRefunded(2_000, "refund:o_1:r3"));

        order.Status.ShouldBe(OrderStatusNames.Refunded);
        order.ReturnedMinor.ShouldBe(2_000);
        order.RefundedMinor.ShouldBe(2_000);
        order.Refunds.ShouldAllBe(r => r.Stage == RefundStage.Succeeded);
    }

    [Fact]
    public void A_requested_line_refund_returns_on_that_line_under_its_own_key()
    {
        var order = Apply(Paid(1_500, 500), new OrderCommand.RequestRefund("2", 300));

        var refunded = Single<OrderEvent.ChargeRefunded>(order, ChargeRefunded(300, "refund:o_1:r1"));

        refunded.Returns.ShouldBe([new LineReturn("o_1:r1", "2", 300, Now.AddHours(1), "evt_refund_300", "refund o_1:r1")]);
    }

    [Fact]
    public void The_refund_the_event_names_is_settled_before_earlier_ones()
    {
        var order = Apply(Paid(1_000), new OrderCommand.RequestRefund(null, 300), new OrderCommand.RequestRefund(null, 400));

        var refunded = Single<OrderEvent.ChargeRefunded>(order, ChargeRefunded(400, "refund:o_1:r2"));

        refunded.Applied.ShouldHaveSingleItem().RefundId.ShouldBe("o_1:r2");
        OrderDecider.Evolve(order, refunded).RefundWithId("o_1:r1")!.Stage.ShouldBe(RefundStage.Requested);
    }

    [Fact]
    public void Money_refunded_outside_Market_is_spread_over_the_lines_by_price()
    {
        var refunded = Single<OrderEvent.ChargeRefunded>(Paid(1_500, 500), ChargeRefunded(1_000));

        var found = refunded.Applied.ShouldHaveSingleItem();
        found.RefundId.ShouldBe("o_1:c1000");
        found.WasRequested.ShouldBeFalse();
        found.Lines.ShouldBe([new LineShare("1", 750), new LineShare("2", 250)]);
    }

    [Fact]
    public void A_duplicate_or_overtaken_event_adds_nothing()
    {
        var order = Apply(Paid(1_000), ChargeRefunded(600));

        Decide(order, ChargeRefunded(600)).ShouldBe(OrderDecision.Nothing);
        Decide(order, ChargeRefunded(300)).ShouldBe(OrderDecision.Nothing);
    }

    [Fact]
    public void Only_what_the_cumulative_total_adds_is_new()
    {
        var order = Apply(Paid(1_000), ChargeRefunded(600));

        Single<OrderEvent.ChargeRefunded>(order, ChargeRefunded(1_000)).Applied.ShouldHaveSingleItem().AmountMinor.ShouldBe(400);
    }

    [Fact]
    public void A_refund_before_the_payment_was_recorded_comes_again_later()
    {
        Refusal(Placed(1_000), ChargeRefunded(1_000)).Reason.ShouldBe(OrderRefusalReason.PaymentNotYetRecorded);
    }
}
