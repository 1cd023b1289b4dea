namespace Market.Domain.Payouts;

/// <summary>Opens payees' connected accounts: Stripe Connect Express onboarding, or sandbox accounts enabled at once.</summary>
public interface IPayoutAccountGateway
{
    /// <summary>
    /// Opens (or, for the same party, finds again) the party's connected account and, when it still
    /// needs the payee's details, an onboarding link that returns to <paramref name="returnUrl"/>.
    /// </summary>
    Task<PayoutAccountSetup> OpenAsync(string partyId, string email, Uri returnUrl, CancellationToken cancellationToken = default);

    /// <summary>A fresh onboarding link for an account already opened that still needs the payee's details.</summary>
    Task<Uri> OnboardingLinkAsync(string accountId, Uri returnUrl, CancellationToken cancellationToken = default);
}

/// <summary>A connected account as opened.</summary>
/// <param name="AccountId">The connected account's id (<c>acct_…</c>).</param>
/// <param name="PayoutsEnabled">True when transfers to it may be made now.</param>
/// <param name="OnboardingUrl">Where the payee completes onboarding, when not enabled yet.</param>
public sealed record PayoutAccountSetup(string AccountId, bool PayoutsEnabled, Uri? OnboardingUrl);
