namespace Market.Grains.Payouts;

/// <summary>A party's payout account as persisted.</summary>
[GenerateSerializer, Alias("market.payout-account-state")]
public sealed class PayoutAccountState
{
    /// <summary>See <see cref="Contracts.Payouts.PayoutAccountStatus"/>.</summary>
    [Id(0)]
    public string Status { get; set; } = Contracts.Payouts.PayoutAccountStatus.None;

    /// <summary>The connected account, once opened.</summary>
    [Id(1)]
    public string? AccountId { get; set; }

    /// <summary>The last onboarding link handed out.</summary>
    [Id(2)]
    public Uri? OnboardingUrl { get; set; }

    /// <summary>The party's own payout threshold in minor units, if it set one.</summary>
    [Id(3)]
    public long? ThresholdMinor { get; set; }

    /// <summary>What Stripe last said the payee still has to provide.</summary>
    [Id(4)]
    public List<string> CurrentlyDue { get; set; } = [];

    /// <summary>Why Stripe last said payouts are disabled, if it did.</summary>
    [Id(5)]
    public string? DisabledReason { get; set; }

    /// <summary>When the last applied Stripe update was reported; older ones are stale.</summary>
    [Id(6)]
    public DateTimeOffset? ReportedAt { get; set; }
}
