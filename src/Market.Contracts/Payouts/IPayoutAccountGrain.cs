namespace Market.Contracts.Payouts;

/// <summary>A party's payout account (its connected account), keyed by the party's id.</summary>
public interface IPayoutAccountGrain : IGrainWithStringKey
{
    /// <summary>Opens the account, or answers with the one already open (and a fresh onboarding link if it still needs action).</summary>
    Task<PayoutAccountView> Connect(ConnectPayoutAccount command);

    /// <summary>The account as it stands; status <see cref="PayoutAccountStatus.None"/> before any connect.</summary>
    Task<PayoutAccountView> Get();

    /// <summary>
    /// Sets the party's own payout threshold in minor units (null: the platform minimum only). A run pays
    /// the party only when its available balance reaches the larger of the two.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative, or above <see cref="PayoutAccountLimits.MaxThresholdMinor"/>.</exception>
    Task<PayoutAccountView> SetThreshold(long? thresholdMinor);

    /// <summary>
    /// Applies what Stripe says about the connected account (an <c>account.updated</c> event): enabled or
    /// needs action, with its requirements. An update about another account, or older than one already
    /// applied, changes nothing; the answer says whether it was applied.
    /// </summary>
    Task<bool> ApplyProviderUpdate(PayoutAccountUpdate update);
}

/// <summary>What Stripe reported about a connected account.</summary>
/// <param name="AccountId">The connected account (<c>acct_…</c>).</param>
/// <param name="PayoutsEnabled">True when transfers may be made to it.</param>
/// <param name="CurrentlyDue">Stripe's <c>requirements.currently_due</c>: what the payee still has to provide.</param>
/// <param name="DisabledReason">Stripe's <c>requirements.disabled_reason</c>, when payouts are disabled.</param>
/// <param name="ReportedAt">When Stripe reported it (the event's <c>created</c>), to ignore stale events.</param>
[GenerateSerializer, Immutable, Alias("market.payout-account-update")]
public sealed record PayoutAccountUpdate(
    [property: Id(0)] string AccountId,
    [property: Id(1)] bool PayoutsEnabled,
    [property: Id(2)] IReadOnlyList<string> CurrentlyDue,
    [property: Id(3)] string? DisabledReason,
    [property: Id(4)] DateTimeOffset ReportedAt);

/// <summary>Bounds of a party's own payout settings.</summary>
public static class PayoutAccountLimits
{
    /// <summary>The largest own threshold accepted: $1,000,000.00 in a two-digit currency.</summary>
    public const long MaxThresholdMinor = 100_000_000;
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
    [property: Id(2)] Uri? OnboardingUrl,
    [property: Id(3)] long? ThresholdMinor = null,
    [property: Id(4)] IReadOnlyList<string>? CurrentlyDue = null,
    [property: Id(5)] string? DisabledReason = null)
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
