namespace Market.Domain.Ledger;

/// <summary>A party's balances, each on its normal side (what the platform owes is positive; so is what the party owes).</summary>
/// <param name="PendingMicros">Earnings within their hold window.</param>
/// <param name="AvailableMicros">Earnings ready for the next payout run.</param>
/// <param name="InPayoutMicros">Earnings in a payout that has not completed.</param>
/// <param name="PaidMicros">Earnings transferred, cumulative.</param>
/// <param name="ReceivableMicros">What the party owes the platform after reversals outran their balance.</param>
public sealed record PartyBalances(long PendingMicros, long AvailableMicros, long InPayoutMicros, long PaidMicros, long ReceivableMicros)
{
    /// <summary>A party with no postings.</summary>
    public static PartyBalances Zero { get; } = new(0, 0, 0, 0, 0);

    /// <summary>What the platform owes the party and has not paid, net of what the party owes; negative when the party owes.</summary>
    public long UnpaidMicros => PendingMicros + AvailableMicros + InPayoutMicros - ReceivableMicros;
}
