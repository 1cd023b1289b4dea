using Market.Domain.Orders;
using static Market.Domain.Tests.Orders.OrderScript;

namespace Market.Domain.Tests.Orders;

/// <summary>Refunds and disputes of one order, one after the other, as the order grain now decides them.</summary>
public sealed class RefundsAndDisputesTogether
{
    [Fact]
    public void After_a_partial_refund_more_than_the_rest_is_refused_and_the_rest_refunds_it_fully()
    {
        var order = Apply(Paid(1_500, 500), new OrderCommand.RequestRefund(null, 800), ChargeRefunded(800, "refund:o_1:r1"));

        var over = Refusal(order, new OrderCommand.RequestRefund(null, 1_201));
        over.Reason.ShouldBe(OrderRefusalReason.AmountOverRemaining);
        over.Field.ShouldBe("amountMinor");
        over.Message.ShouldContain("(1200)");

        var rest = Single<OrderEvent.RefundRequested>(order, new OrderCommand.RequestRefund(null, null)).Refund;
        rest.AmountMinor.ShouldBe(1_200);
        rest.GatewayKey.ShouldBe("refund:o_1:r2");
        var refunded = Apply(order, new OrderCommand.RequestRefund(null, null), ChargeRefunded(2_000, "refund:o_1:r2"));
        refunded.Status.ShouldBe(OrderStatusNames.Refunded);
        refunded.RefundableMinor.ShouldBe(0);
        Refusal(refunded, new OrderCommand.RequestRefund("1", 1)).Reason.ShouldBe(OrderRefusalReason.NothingLeft);
    }

    [Fact]
    public void A_dispute_lost_after_a_partial_refund_reverses_only_what_each_line_has_left()
    {
        var order = Apply(Paid(1_500, 500), new OrderCommand.RequestRefund(null, 1_000), ChargeRefunded(1_000, "refund:o_1:r1"), OpenDispute(1_000));

        var lost = Single<OrderEvent.DisputeLost>(order, CloseDispute(1_000, lost: true));

        lost.Reversed.ShouldBe([new LineShare("1", 750), new LineShare("2", 250)]);
        var after = OrderDecider.Evolve(order, lost);
        after.ReturnedMinor.ShouldBe(2_000);
        after.Lines.ShouldAllBe(l => after.ReturnedMinorOf(l.LineId) == l.PriceMinor);
        after.Status.ShouldBe(OrderStatusNames.Disputed);
    }

    [Fact]
    public void Money_refunded_on_the_charge_after_a_lost_dispute_returns_no_line_twice()
    {
        var lost = Apply(Paid(2_000), OpenDispute(2_000), CloseDispute(2_000, lost: true));

        var refunded = Single<OrderEvent.ChargeRefunded>(lost, ChargeRefunded(500));

        refunded.Returns.ShouldBeEmpty();
        OrderDecider.Evolve(lost, refunded).ReturnedMinor.ShouldBe(2_000);
    }

    [Fact]
    public void A_won_dispute_after_a_partial_refund_shows_the_order_paid_and_its_rest_refundable()
    {
        var order = Apply(Paid(2_000), new OrderCommand.RequestRefund(null, 500), ChargeRefunded(500, "refund:o_1:r1"), OpenDispute(1_500));
        order.UndisputedStatus.ShouldBe(OrderStatusNames.Paid);

        var won = Apply(order, CloseDispute(1_500, lost: false));

        won.Status.ShouldBe(OrderStatusNames.Paid);
        won.RefundableMinor.ShouldBe(1_500);
        Single<OrderEvent.RefundRequested>(won, new OrderCommand.RequestRefund(null, null)).Refund.AmountMinor.ShouldBe(1_500);
    }

    [Fact]
    public void A_refund_requested_before_the_dispute_opened_still_settles_while_it_is_open()
    {
        var order = Apply(Paid(2_000), new OrderCommand.RequestRefund(null, 500), OpenDispute(1_500));

        var settled = Apply(order, ChargeRefunded(500, "refund:o_1:r1"));

        settled.RefundWithId("o_1:r1")!.Stage.ShouldBe(RefundStage.Succeeded);
        settled.IsFrozen.ShouldBeTrue();
        settled.UndisputedStatus.ShouldBe(OrderStatusNames.Paid);
    }

    [Fact]
    public void A_new_dispute_after_a_won_one_freezes_the_order_again()
    {
        var won = Apply(Paid(2_000), OpenDispute(2_000), CloseDispute(2_000, lost: false));

        var again = Apply(won, OpenDispute(2_000, disputeId: "dp_2"));

        again.Dispute!.DisputeId.ShouldBe("dp_2");
        again.IsFrozen.ShouldBeTrue();
        again.Status.ShouldBe(OrderStatusNames.Disputed);
    }

    [Fact]
    public void Charge_events_of_an_order_whose_delayed_payment_failed_are_refused_for_good()
    {
        var closed = Apply(Placed(2_000), new OrderCommand.FailPayment("evt_failed", "cs_1", Now));

        Refusal(closed, ChargeRefunded(2_000)).Reason.ShouldBe(OrderRefusalReason.PaymentFailed);
        Refusal(closed, OpenDispute(2_000)).Reason.ShouldBe(OrderRefusalReason.PaymentFailed);
        Refusal(closed, new OrderCommand.RequestRefund(null, null)).Reason.ShouldBe(OrderRefusalReason.NotPaid);
    }

    [Fact]
    public void A_failure_reported_for_a_refund_that_already_succeeded_changes_nothing()
    {
        var order = Apply(Paid(1_000), new OrderCommand.RequestRefund(null, 400), ChargeRefunded(400, "refund:o_1:r1"));

        Decide(order, new OrderCommand.FailRefund("o_1:r1", "too late")).ShouldBe(OrderDecision.Nothing);
    }
}
