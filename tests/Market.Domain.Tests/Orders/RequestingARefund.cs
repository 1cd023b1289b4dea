using Market.Domain.Orders;
using static Market.Domain.Tests.Orders.OrderScript;

namespace Market.Domain.Tests.Orders;

public sealed class RequestingARefund
{
    [Fact]
    public void Without_an_amount_everything_left_is_requested_under_a_numbered_key()
    {
        var requested = Single<OrderEvent.RefundRequested>(Paid(1_500, 500), new OrderCommand.RequestRefund(null, null, "client-1"));

        requested.Refund.ShouldBe(new Refund("o_1:r1", null, 2_000, RefundStage.Requested, Now, "refund:o_1:r1", "client-1"));
    }

    [Fact]
    public void A_pending_request_counts_against_what_is_left_and_the_next_gets_the_next_number()
    {
        var order = Apply(Paid(1_500, 500), new OrderCommand.RequestRefund("1", 1_000));

        order.RefundableMinor.ShouldBe(1_000);
        order.RefundableMinorOf("1").ShouldBe(500);
        Single<OrderEvent.RefundRequested>(order, new OrderCommand.RequestRefund("2", 500)).Refund.RefundId.ShouldBe("o_1:r2");
    }

    [Fact]
    public void More_than_is_left_is_refused_naming_the_amount()
    {
        var order = Apply(Paid(1_500, 500), new OrderCommand.RequestRefund(null, 1_800));

        var refusal = Refusal(order, new OrderCommand.RequestRefund(null, 201));

        refusal.Reason.ShouldBe(OrderRefusalReason.AmountOverRemaining);
        refusal.Field.ShouldBe("amountMinor");
        refusal.Message.ShouldContain("(200)");
    }

    [Fact]
    public void A_line_cannot_give_back_more_than_its_price()
    {
        Refusal(Paid(1_500, 500), new OrderCommand.RequestRefund("2", 501)).Reason.ShouldBe(OrderRefusalReason.AmountOverRemaining);
    }

    [Fact]
    public void Nothing_left_zero_amounts_and_unknown_lines_are_refused_naming_the_field()
    {
        var refunded = Apply(Paid(1_000), new OrderCommand.RequestRefund(null, null), ChargeRefunded(1_000, "refund:o_1:r1"));

        Refusal(refunded, new OrderCommand.RequestRefund(null, null)).Reason.ShouldBe(OrderRefusalReason.NothingLeft);
        Refusal(Paid(1_000), new OrderCommand.RequestRefund(null, 0)).Reason.ShouldBe(OrderRefusalReason.AmountTooSmall);
        var unknown = Refusal(Paid(1_000), new OrderCommand.RequestRefund("9", 1));
        (unknown.Reason, unknown.Field).ShouldBe((OrderRefusalReason.UnknownLine, "lineId"));
    }

    [Fact]
    public void The_same_client_key_again_finds_the_first_refund_and_requests_nothing()
    {
        var order = Apply(Paid(1_000), new OrderCommand.RequestRefund(null, 400, "client-1"));

        Decide(order, new OrderCommand.RequestRefund(null, 400, "client-1")).ShouldBe(OrderDecision.Nothing);
        Decide(order, new OrderCommand.RequestRefund(null, null, "client-1")).ShouldBe(OrderDecision.Nothing);
        order.RefundWithClientKey("client-1")!.AmountMinor.ShouldBe(400);
    }

    [Fact]
    public void The_same_client_key_for_another_refund_is_a_conflict()
    {
        var order = Apply(Paid(1_000), new OrderCommand.RequestRefund(null, 400, "client-1"));

        var refusal = Refusal(order, new OrderCommand.RequestRefund(null, 300, "client-1"));

        refusal.Reason.ShouldBe(OrderRefusalReason.ClientKeyReused);
        refusal.IsBadInput.ShouldBeFalse();
    }

    [Fact]
    public void An_unpaid_order_has_nothing_to_refund()
    {
        Refusal(Placed(1_000), new OrderCommand.RequestRefund(null, null)).Reason.ShouldBe(OrderRefusalReason.NotPaid);
    }

    [Fact]
    public void A_refused_refund_frees_its_amount_and_is_failed_once()
    {
        var order = Apply(Paid(1_000), new OrderCommand.RequestRefund(null, 400));
        var fail = new OrderCommand.FailRefund("o_1:r1", "card closed");

        var failed = Apply(order, fail);

        failed.RefundWithId("o_1:r1")!.Stage.ShouldBe(RefundStage.Failed);
        failed.RefundWithId("o_1:r1")!.Problem.ShouldBe("card closed");
        failed.RefundableMinor.ShouldBe(1_000);
        Decide(failed, fail).ShouldBe(OrderDecision.Nothing);
        Refusal(failed, new OrderCommand.FailRefund("o_1:r9", "?")).Reason.ShouldBe(OrderRefusalReason.UnknownRefund);
    }
}
