namespace Market.Contracts.Payouts;

/// <summary>A party's payout account (its connected account), keyed by the party's id.</summary>
public interface IPayoutAccountGrain : IGrainWithStringKey
{
    /// <summary>Opens the account, or answers with the one already open (and a fresh onboarding link if it still needs action).</summary>
    Task<PayoutAccountView> Connect(ConnectPayoutAccount command);

    /// <summary>The account as it stands; status <see cref="PayoutAccountStatus.None"/> before any connect.</summary>
    Task<PayoutAccountView> Get();
}

/// <summary>Asks for a payout account.</summary>
/// <param name="Email">The payee's email, prefilled in onboarding.</param>
/// <param name="ReturnUrl">Where onboarding sends the payee back.</param>
[GenerateSerializer, Immutable, Alias("market.connect-payout-account")]
public sealed record ConnectPayoutAccount([property: Id(0)] string Email, [property: Id(1)] Uri ReturnUrl);

/// <summary>A payout account's state.</summary>
[GenerateSerializer, Immutable, Alias("market.payout-account-view")]
public sealed record PayoutAccountView(
    [property: Id(0)] string Status,
    [property: Id(1)] string? AccountId,
    [property: Id(2)] Uri? OnboardingUrl)
{
    /// <summary>True when payouts may be sent to it.</summary>
    public bool IsEnabled => Status == PayoutAccountStatus.Enabled;
}

/// <summary>Payout account statuses, as the API spells them.</summary>
public static class PayoutAccountStatus
{
    /// <summary>No account opened yet.</summary>
    public const string None = "none";

    /// <summary>Opened; the payee still has to complete onboarding.</summary>
    public const string NeedsAction = "needsAction";

    /// <summary>Transfers may be made.</summary>
    public const string Enabled = "enabled";
}
