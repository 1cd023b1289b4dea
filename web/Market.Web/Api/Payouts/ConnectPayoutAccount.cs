using System.Security.Claims;
using Market.Contracts.Parties;
using Market.Contracts.Payouts;

namespace Market.Web.Api.Payouts;

/// <summary><c>POST /api/v1/accounts/{id}/payout-account</c>: opens the caller's payout account (Stripe Connect Express, or sandbox).</summary>
public static class ConnectPayoutAccount
{
    /// <summary>The answer: <c>enabled</c>, or <c>needsAction</c> with where to complete onboarding.</summary>
    public sealed record Response(string Status, Uri? OnboardingUrl);

    /// <summary>Handles the call; only the party itself may connect its account.</summary>
    public static async Task<IResult> Handle(string id, ClaimsPrincipal user, HttpRequest request, IGrainFactory grains)
    {
        if (id != user.FindFirstValue(ApiKeyAuthentication.PartyClaim))
            return Problems.NotFound($"No account of yours has id '{id}'.");
        var party = await grains.GetGrain<IPartyGrain>(id).Get();
        if (party is null)
            return Problems.NotFound($"No account has id '{id}'.");
        var returnUrl = new Uri($"{request.Scheme}://{request.Host}/Dashboard");
        var account = await grains.GetGrain<IPayoutAccountGrain>(id).Connect(new Contracts.Payouts.ConnectPayoutAccount(party.Email, returnUrl));
        return Results.Ok(new Response(account.Status, account.OnboardingUrl));
    }
}
