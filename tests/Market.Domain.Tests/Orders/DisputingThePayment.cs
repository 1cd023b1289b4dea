using Market.Domain.Orders;
using static Market.Domain.Tests.Orders.OrderScript;

namespace Market.Domain.Tests.Orders;

public sealed class DisputingThePayment
{
    [Fact]
    public void An_open_dispute_freezes_the_order()
    {
        var order = Apply(Paid(2_000), OpenDispute(2_000));

        order.Status.ShouldBe(OrderStatusNames.Disputed);
        order.IsFrozen.ShouldBeTrue();
        order.Dispute.ShouldBe(new ChargeDispute("dp_1", 2_000, "fraudulent", DisputeStage.Open, Now.AddDays(1)));
    }

    [Fact]
    public void The_same_dispute_opened_again_changes_nothing()
    {
        Decide(Apply(Paid(2_000), OpenDispute(2_000)), OpenDispute(2_000)).ShouldBe(OrderDecision.Nothing);
    }

    [Fact]
    public void A_won_dispute_releases_the_freeze_and_the_order_is_paid_again()
    {
        var order = Apply(Paid(2_000), OpenDispute(2_000), CloseDispute(2_000, lost: false));

        order.Status.ShouldBe(OrderStatusNames.Paid);
        order.IsFrozen.ShouldBeFalse();
        order.Dispute!.Stage.ShouldBe(DisputeStage.Won);
        order.Dispute.FeeMinor.ShouldBe(1_500);
        order.ReturnedMinor.ShouldBe(0);
    }

    [Fact]
    public void A_lost_dispute_reverses_what_is_left_of_every_line_under_the_dispute_id()
    {
        var order = Apply(Paid(1_500, 500), new OrderCommand.RequestRefund("2", 500), ChargeRefunded(500, "refund:o_1:r1"), OpenDispute(1_500));

        var lost = Single<OrderEvent.DisputeLost>(order, CloseDispute(1_500, lost: true));

        lost.Reversed.ShouldBe([new LineShare("1", 1_500)]);
        lost.Returns.ShouldBe([new LineReturn("dp_1", "1", 1_500, Now.AddDays(20), "evt_dispute_closed", "dispute dp_1 lost")]);
        lost.FeeMinor.ShouldBe(1_500);
        var after = OrderDecider.Evolve(order, lost);
        after.Status.ShouldBe(OrderStatusNames.Disputed);
        after.IsFrozen.ShouldBeFalse();
        after.ReturnedMinor.ShouldBe(2_000);
    }

    [Fact]
    public void A_lost_dispute_takes_back_no_more_than_was_disputed()
    {
        var lost = Single<OrderEvent.DisputeLost>(Apply(Paid(1_500, 500), OpenDispute(1_000)), CloseDispute(1_000, lost: true));

        lost.Reversed.ShouldBe([new LineShare("1", 750), new LineShare("2", 250)]);
    }

    [Fact]
    public void A_close_that_overtakes_the_open_still_closes_it_and_the_late_open_changes_nothing()
    {
        var order = Apply(Paid(2_000), CloseDispute(2_000, lost: false));

        order.Dispute!.Stage.ShouldBe(DisputeStage.Won);
        Decide(order, OpenDispute(2_000)).ShouldBe(OrderDecision.Nothing);
        Decide(order, CloseDispute(2_000, lost: false)).ShouldBe(OrderDecision.Nothing);
    }

    [Fact]
    public void A_closed_dispute_closed_again_changes_nothing()
    {
        Decide(Apply(Paid(2_000), OpenDispute(2_000), CloseDispute(2_000, lost: true)), CloseDispute(2_000, lost: true)).ShouldBe(OrderDecision.Nothing);
    }

    [Fact]
    public void A_disputed_or_lost_order_refuses_an_admin_refund()
    {
        var open = Apply(Paid(2_000), OpenDispute(2_000));
        var lost = Apply(open, CloseDispute(2_000, lost: true));

        Refusal(open, new OrderCommand.RequestRefund(null, null)).Reason.ShouldBe(OrderRefusalReason.Disputed);
        Refusal(lost, new OrderCommand.RequestRefund(null, null)).Reason.ShouldBe(OrderRefusalReason.DisputeLost);
    }

    [Fact]
    public void A_refund_reported_while_disputed_still_applies_and_a_won_dispute_then_shows_it_refunded()
    {
        var order = Apply(Paid(2_000), OpenDispute(2_000), ChargeRefunded(2_000));
        order.Status.ShouldBe(OrderStatusNames.Disputed);

        Apply(order, CloseDispute(2_000, lost: false)).Status.ShouldBe(OrderStatusNames.Refunded);
    }

    [Fact]
    public void A_dispute_before_the_payment_was_recorded_comes_again_later()
    {
        Refusal(Placed(2_000), OpenDispute(2_000)).Reason.ShouldBe(OrderRefusalReason.PaymentNotYetRecorded);
        Refusal(Placed(2_000), CloseDispute(2_000, lost: true)).Reason.ShouldBe(OrderRefusalReason.PaymentNotYetRecorded);
    }
}
