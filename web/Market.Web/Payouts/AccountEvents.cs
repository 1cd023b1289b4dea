using Market.Contracts.Payouts;
using Market.Web.Orders;

namespace Market.Web.Payouts;

/// <summary>
/// <c>account.updated</c>: Stripe's word on a connected account after onboarding or a later review —
/// payouts enabled, or what the payee still has to provide — kept on the party's payout account.
/// </summary>
public static class AccountEvents
{
    /// <summary>The event type.</summary>
    public const string Updated = "account.updated";

    /// <summary>Applies the account's state to the party named in its metadata (set when Market opened it).</summary>
    public static async Task<WebhookOutcome> UpdateAsync(Stripe.Event stripeEvent, Stripe.Account account, IGrainFactory grains)
    {
        if (account.Metadata?.GetValueOrDefault("partyId") is not { Length: > 0 } partyId)
        {
            return WebhookOutcome.Done($"ignored: account {account.Id} was not opened by Market");
        }

        var update = new PayoutAccountUpdate(
            account.Id,
            account.PayoutsEnabled,
            [.. account.Requirements?.CurrentlyDue ?? []],
            account.Requirements?.DisabledReason,
            stripeEvent.Created);
        return await grains.GetGrain<IPayoutAccountGrain>(partyId).ApplyProviderUpdate(update)
            ? WebhookOutcome.Done($"party {partyId} payout account {(account.PayoutsEnabled ? "enabled" : "needs action")}")
            : WebhookOutcome.Done($"ignored: account {account.Id} is not party {partyId}'s current account, or the update is stale");
    }
}
