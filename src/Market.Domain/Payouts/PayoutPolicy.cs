namespace Market.Domain.Payouts;

/// <summary>The platform's payout rules (DESIGN 2.4), from the validated <c>Market:Payouts</c> settings.</summary>
/// <param name="HoldDays">Days a sale's earnings stay pending before they become available.</param>
/// <param name="MinimumMinor">The least a payout may be, in minor units: smaller balances roll over.</param>
public sealed record PayoutPolicy(int HoldDays, long MinimumMinor)
{
    /// <summary>7 days and $10.00.</summary>
    public static PayoutPolicy Default { get; } = new(7, 1000);

    /// <summary>How long earnings are held.</summary>
    public TimeSpan Hold => TimeSpan.FromDays(HoldDays);
}
