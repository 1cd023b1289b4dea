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
}
