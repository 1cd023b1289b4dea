namespace Market.Domain.Payouts;

/// <summary>
/// What a party's pending balance holds at an instant: what has matured and may move to available,
/// and the batches still held, each with the instant it matures.
/// </summary>
public sealed record HoldsMaturity(long MaturedMicros, IReadOnlyList<HeldBatch> Held)
{
    /// <summary>
    /// Decides maturity from the pending balance <paramref name="pendingMicros"/> and the credits to it
    /// that occurred within the hold window before <paramref name="now"/> (older credits may be passed
    /// too; they count as matured).
    /// </summary>
    /// <remarks>
    /// Everything pending except what is still within its window has matured. Refunds draw on the
    /// pending balance without saying which credit they drew from, so the held amount is capped at the
    /// balance and the matured amount never exceeds it: money may mature late after a refund, never early.
    /// </remarks>
    public static HoldsMaturity Decide(long pendingMicros, IEnumerable<PendingCredit> credits, TimeSpan hold, DateTimeOffset now)
    {
        var pending = Math.Max(0, pendingMicros);
        var batches = credits
            .Where(c => c.AmountMicros > 0 && c.OccurredAt + hold > now)
            .GroupBy(c => c.OccurredAt + hold)
            .OrderBy(g => g.Key)
            .Select(g => new HeldBatch(g.Key, g.Sum(c => c.AmountMicros)))
            .ToList();
        var left = pending;
        var held = new List<HeldBatch>(batches.Count);
        foreach (var batch in batches)
        {
            var amount = Math.Min(left, batch.AmountMicros);
            if (amount > 0)
            {
                held.Add(batch with { AmountMicros = amount });
            }

            left -= amount;
        }

        return new HoldsMaturity(left, held);
    }
}
