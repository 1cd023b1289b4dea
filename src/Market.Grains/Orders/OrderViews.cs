using Market.Contracts.Orders;
using Market.Domain.Money;
using Market.Domain.Orders;

namespace Market.Grains.Orders;

/// <summary>
/// The one translation between the order decider's state and the view the grain stores and answers
/// with. Storage keeps the view (existing rows read as ever); the decider's state is read from it,
/// decided on, and written back through <see cref="ViewOf"/>. Field for field, no rule: statuses and
/// amounts come from the decider's <see cref="Order"/>. The view keeps no mismatch refund due (the
/// webhook sends that refund under its own key) and no failure time of a closed order, so those two
/// stay unset in the state read back; no decision on a stored order reads them.
/// </summary>
internal static class OrderViews
{
    /// <summary>The decider's state for a stored <paramref name="view"/>.</summary>
    public static Order ToOrder(OrderView view, SettlementCurrency settlement) => new()
    {
        Id = view.Id,
        BuyerId = view.BuyerId,
        Currency = settlement.Code,
        Lines = [.. view.Lines.Select(l => new PricedLine(l.LineId, l.WorkId, l.Title, l.Tier, l.PriceMinor))],
        PlacedAt = view.PlacedAt,
        Stage = view.Status switch
        {
            OrderStatus.Pending => OrderStage.Pending,
            OrderStatus.PaymentMismatch => OrderStage.PaymentMismatch,
            OrderStatus.Closed => OrderStage.Closed,
            _ => OrderStage.Paid,
        },
        CheckoutSessionId = view.CheckoutSessionId,
        CheckoutUrl = view.CheckoutUrl,
        Payment = view.Payment is { } p
            ? new ReceivedPayment(p.EventId, p.SessionId, p.PaymentIntentId, p.AmountMinor, p.Currency ?? settlement.Code, p.FeeMinor, p.PaidAt)
            : null,
        Refunds = [.. (view.Refunds ?? []).Select(r => new Refund(
            r.RefundId, r.LineId, r.AmountMinor, RefundStages.Of(r.Status), r.RequestedAt, r.GatewayKey, r.ClientKey, Shares(r.Applied), r.EventId, r.Problem))],
        RefundedMinor = view.RefundedMinor,
        Dispute = view.Dispute is { } d
            ? new ChargeDispute(d.DisputeId, d.AmountMinor, d.Reason, DisputeStages.Of(d.Status), d.OpenedAt, d.ClosedAt, d.FeeMinor, Shares(d.Reversed))
            : null,
    };

    /// <summary>The view of <paramref name="order"/>; <paramref name="licenseIds"/> are the fulfilment's, which the decider does not hold.</summary>
    public static OrderView ViewOf(Order order, IReadOnlyList<string>? licenseIds) => new(
        order.Id,
        order.BuyerId,
        order.Status,
        [.. order.Lines.Select(l => new OrderLine(l.LineId, l.WorkId, l.Title, l.Tier, l.PriceMinor))],
        order.AmountMinor,
        order.PlacedAt,
        order.CheckoutSessionId,
        order.CheckoutUrl,
        order.Payment is { } p ? new OrderPayment(p.EventId, p.SessionId, p.PaymentIntentId, p.AmountMinor, p.FeeMinor, p.PaidAt, p.Currency) : null,
        licenseIds,
        [.. order.Refunds.Select(r => new OrderRefund(
            r.RefundId, r.LineId, r.AmountMinor, RefundStages.Name(r.Stage), r.RequestedAt, r.GatewayKey, r.ClientKey, Amounts(r.Applied), r.EventId, r.Problem))],
        order.RefundedMinor,
        order.Dispute is { } d
            ? new OrderDispute(d.DisputeId, d.AmountMinor, d.Reason, DisputeStages.Name(d.Stage), order.UndisputedStatus, d.OpenedAt, d.ClosedAt, d.FeeMinor, Amounts(d.Reversed))
            : null,
        new OrderAmounts(
            order.ReturnedMinor,
            order.RefundableMinor,
            [.. order.Lines.Select(l => new LineAmounts(l.LineId, order.ReturnedMinorOf(l.LineId), order.RefundableMinorOf(l.LineId)))]));

    private static List<LineShare>? Shares(IReadOnlyList<LineAmount>? amounts) => amounts?.Select(a => new LineShare(a.LineId, a.AmountMinor)).ToList();

    private static List<LineAmount>? Amounts(IReadOnlyList<LineShare>? shares) => shares?.Select(s => new LineAmount(s.LineId, s.AmountMinor)).ToList();

    private static class RefundStages
    {
        public static RefundStage Of(string status) => status switch
        {
            OrderRefundStatus.Requested => RefundStage.Requested,
            OrderRefundStatus.Succeeded => RefundStage.Succeeded,
            OrderRefundStatus.Failed => RefundStage.Failed,
            _ => throw new InvalidOperationException($"'{status}' is not a refund status."),
        };

        public static string Name(RefundStage stage) => stage switch
        {
            RefundStage.Requested => OrderRefundStatus.Requested,
            RefundStage.Succeeded => OrderRefundStatus.Succeeded,
            _ => OrderRefundStatus.Failed,
        };
    }

    private static class DisputeStages
    {
        public static DisputeStage Of(string status) => status switch
        {
            DisputeStatus.Open => DisputeStage.Open,
            DisputeStatus.Won => DisputeStage.Won,
            DisputeStatus.Lost => DisputeStage.Lost,
            _ => throw new InvalidOperationException($"'{status}' is not a dispute status."),
        };

        public static string Name(DisputeStage stage) => stage switch
        {
            DisputeStage.Open => DisputeStatus.Open,
            DisputeStage.Won => DisputeStatus.Won,
            _ => DisputeStatus.Lost,
        };
    }
}
