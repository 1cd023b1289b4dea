using System.Security.Claims;
using Market.Contracts.Payouts;

namespace Market.Web.Api.Payouts;

/// <summary>
/// <c>PUT /api/v1/accounts/{id}/payout-settings</c> sets the party's own payout threshold;
/// <c>GET /api/v1/accounts/{id}/payout-account</c> shows it with the account's status and Stripe's requirements.
/// </summary>
public static class PayoutSettings
{
    /// <summary>The party's own threshold in minor units; null clears it (the platform minimum alone applies).</summary>
    public sealed record Request(long? ThresholdMinor);

    /// <summary>The payout account as the party sees it.</summary>
    public sealed record Response(string Status, Uri? OnboardingUrl, long? ThresholdMinor, IReadOnlyList<string> CurrentlyDue, string? DisabledReason);

    /// <summary>Sets the threshold; only the party itself may, and only within 0 … <see cref="PayoutAccountLimits.MaxThresholdMinor"/>.</summary>
    public static async Task<IResult> Put(string id, ClaimsPrincipal user, HttpRequest request, IGrainFactory grains)
    {
        if (id != user.FindFirstValue(ApiKeyAuthentication.PartyClaim))
            return Problems.NotFound($"No account of yours has id '{id}'.");
        var (body, problem) = await ApiBody.ReadAsync<Request>(request);
        if (body is null)
            return problem!;
        if (body.ThresholdMinor is < 0 or > PayoutAccountLimits.MaxThresholdMinor)
            return Problems.Field("thresholdMinor", $"thresholdMinor must be between 0 and {PayoutAccountLimits.MaxThresholdMinor} minor units.");
        return Results.Ok(Of(await grains.GetGrain<IPayoutAccountGrain>(id).SetThreshold(body.ThresholdMinor)));
    }

    /// <summary>The caller's payout account.</summary>
    public static async Task<IResult> Get(string id, ClaimsPrincipal user, IGrainFactory grains) =>
        id != user.FindFirstValue(ApiKeyAuthentication.PartyClaim)
            ? Problems.NotFound($"No account of yours has id '{id}'.")
            : Results.Ok(Of(await grains.GetGrain<IPayoutAccountGrain>(id).Get()));

    private static Response Of(PayoutAccountView account) =>
        new(account.Status, account.OnboardingUrl, account.ThresholdMinor, account.CurrentlyDue ?? [], account.DisabledReason);
}
