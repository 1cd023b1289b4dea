namespace Market.Domain.Orders;

// What has gone back to the buyer and what can still be refunded, per line and for the order.
// Derived from the refunds and the dispute rather than stored, so the figures cannot drift apart.
public sealed partial record Order
{
    /// <summary>True while an open dispute freezes the order's earnings.</summary>
    public bool IsFrozen => Dispute?.FreezesEarnings == true;

    /// <summary>True once the refund owed for a mismatched payment has been reported in full.</summary>
    public bool IsMismatchRefunded => MismatchRefund is { } due && RefundedMinor >= due.AmountMinor;

    /// <summary>Minor units of the line returned to the buyer: refunds that succeeded and a lost dispute.</summary>
    public long ReturnedMinorOf(string lineId) =>
        Sum(Refunds.Where(r => r.Stage == RefundStage.Succeeded).SelectMany(r => r.Applied ?? []), lineId)
        + Sum(Dispute?.Reversed, lineId);

    /// <summary>Minor units of the order returned to the buyer.</summary>
    public long ReturnedMinor => Lines.Sum(l => ReturnedMinorOf(l.LineId));

    /// <summary>Minor units asked of the provider and not yet reported: they may still come back.</summary>
    public long PendingRefundMinor => PendingRefunds().Sum(r => r.AmountMinor);

    /// <summary>What the whole order can still be refunded.</summary>
    public long RefundableMinor => Math.Max(0, AmountMinor - ReturnedMinor - PendingRefundMinor);

    /// <summary>What one line can still be refunded: its own rest, within what the order has left.</summary>
    public long RefundableMinorOf(string lineId)
    {
        var line = Lines.FirstOrDefault(l => l.LineId == lineId);
        if (line is null)
        {
            return 0;
        }

        var pendingOnLine = PendingRefunds().Where(r => r.LineId == lineId).Sum(r => r.AmountMinor);
        return Math.Max(0, Math.Min(line.PriceMinor - ReturnedMinorOf(lineId) - pendingOnLine, RefundableMinor));
    }

    private IEnumerable<Refund> PendingRefunds() => Refunds.Where(r => r.Stage == RefundStage.Requested);

    private static long Sum(IEnumerable<LineShare>? amounts, string lineId) =>
        amounts?.Where(a => a.LineId == lineId).Sum(a => a.AmountMinor) ?? 0;
}
