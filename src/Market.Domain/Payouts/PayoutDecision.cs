using Market.Domain.Money;

namespace Market.Domain.Payouts;

/// <summary>
/// Whether a party is paid in a run, and how much: whole minor units of what is payable; the sub-unit
/// rest stays available and is brought forward (DESIGN 2.1). A skip says why, in <see cref="HoldReasons"/> words.
/// </summary>
/// <param name="AmountMinor">What to transfer; 0 when skipped.</param>
/// <param name="SkipReason">Why the party is not paid, or null when it is.</param>
public sealed record PayoutDecision(long AmountMinor, string? SkipReason)
{
    /// <summary>The transfer in micros, as the ledger moves it.</summary>
    public long AmountMicros => Micros.FromMinor(AmountMinor);

    /// <summary>True when the party is paid.</summary>
    public bool Pays => SkipReason is null;

    /// <summary>
    /// Decides for a party with <paramref name="availableMicros"/> available, of which
    /// <paramref name="frozenMicros"/> a dispute freezes, its own threshold (if it set one) and whether
    /// its payout account is enabled. Eligible when payable ≥ max(platform minimum, own threshold).
    /// </summary>
    public static PayoutDecision Decide(PayoutPolicy policy, long availableMicros, long frozenMicros, long? ownThresholdMinor, bool accountEnabled)
    {
        var payable = availableMicros - Math.Max(0, frozenMicros);
        var (minor, _) = Micros.ToWholeMinor(Math.Max(0, payable));
        var threshold = Math.Max(policy.MinimumMinor, ownThresholdMinor ?? 0);
        if (minor <= 0 || minor < threshold)
        {
            return new(0, frozenMicros > 0 && availableMicros >= Micros.FromMinor(threshold) ? HoldReasons.FrozenByDispute : HoldReasons.BelowThreshold);
        }

        return accountEnabled ? new(minor, null) : new(0, HoldReasons.PayoutAccountNeedsAction);
    }
}
