using Market.Contracts.Orders;

namespace Market.Grains.Orders;

/// <summary>
/// Turns a <c>charge.refunded</c> event into the order's refunds. The event carries the charge's
/// cumulative <c>amount_refunded</c>, so only what it adds to the order's recorded total is new: a
/// duplicate, or an event overtaken by a later one, adds nothing. The new amount settles the refund
/// whose idempotency key the event echoes first, then other requested refunds in the order they were
/// made; whatever is left was refunded outside Market (Stripe's dashboard) and is spread over the lines.
/// </summary>
internal static class RefundMatching
{
    /// <summary>The order after the event, and the line shares the ledger must reverse.</summary>
    public static (OrderView Order, IReadOnlyList<LineRefund> Shares) Apply(OrderView order, ChargeRefunded refunded)
    {
        var added = refunded.AmountRefundedMinor - order.RefundedMinor;
        if (added <= 0 || order.Payment is null)
        {
            return (order, []);
        }

        var refunds = order.Refunds?.ToList() ?? [];
        var split = new LineSplit(order);
        var shares = new List<LineRefund>();
        var requested = refunds.Select((refund, index) => (refund, index))
            .Where(r => r.refund.Status == OrderRefundStatus.Requested)
            .OrderBy(r => r.refund.GatewayKey == refunded.RequestKey ? 0 : 1)
            .ThenBy(r => r.index)
            .ToList();
        foreach (var (refund, index) in requested)
        {
            if (refund.AmountMinor > added)
            {
                continue;
            }

            var applied = split.Take(refund.LineId, refund.AmountMinor);
            refunds[index] = refund with { Status = OrderRefundStatus.Succeeded, Applied = applied, EventId = refunded.EventId };
            shares.AddRange(SharesOf(refund.RefundId, applied, refunded, "refund"));
            added -= refund.AmountMinor;
        }

        if (added > 0)
        {
            // Keyed by the cumulative total it brought the charge to: unique per charge, the same on every replay.
            var refundId = $"{order.Id}:c{refunded.AmountRefundedMinor}";
            var applied = split.Take(null, added);
            refunds.Add(new OrderRefund(refundId, null, added, OrderRefundStatus.Succeeded, refunded.At, Applied: applied, EventId: refunded.EventId));
            shares.AddRange(SharesOf(refundId, applied, refunded, "refund made outside Market"));
        }

        var updated = order with { Refunds = refunds, RefundedMinor = refunded.AmountRefundedMinor };
        return (WithStatus(updated), shares);
    }

    // Fully refunded means refunded, unless a dispute is open: then it is what the order returns to if the dispute is won.
    private static OrderView WithStatus(OrderView order)
    {
        var status = order.ReturnedMinor >= order.AmountMinor ? OrderStatus.Refunded : OrderStatus.Paid;
        return order.Dispute is { Status: DisputeStatus.Open } dispute
            ? order with { Dispute = dispute with { StatusBefore = status } }
            : order.Dispute is { Status: DisputeStatus.Lost } ? order : order with { Status = status };
    }

    private static IEnumerable<LineRefund> SharesOf(string refundId, IReadOnlyList<LineAmount> applied, ChargeRefunded refunded, string note) =>
        applied.Select(a => new LineRefund(refundId, a.LineId, a.AmountMinor, refunded.At, refunded.EventId, $"{note} {refundId}"));
}
