using System.Security.Claims;
using Market.Contracts.Orders;
using Market.Domain.Ids;
using Market.Domain.Parties;
using Market.Grains.Payouts;
using Market.Store.Ledger;

namespace Market.Web.Api.Accounts;

/// <summary><c>GET /api/v1/accounts/{id}/balance</c>: a party's own money, from the ledger.</summary>
public static class GetBalance
{
    /// <summary>Why part of a balance is not paid yet.</summary>
    public sealed record Hold(string Reason, long AmountMicros, DateTimeOffset? Until);

    /// <summary>The answer (DESIGN section 4).</summary>
    public sealed record Response(string Currency, long PendingMicros, long AvailableMicros, long InPayoutMicros, long PaidMicros, long ReceivableMicros, IReadOnlyList<Hold> Holds);

    /// <summary>Handles the call; nobody reads another party's money.</summary>
    public static async Task<IResult> Handle(string id, ClaimsPrincipal user, LedgerStore ledger, IGrainFactory grains, PartyHolds payoutHolds, CancellationToken cancellationToken)
    {
        if (id != user.FindFirstValue(ApiKeyAuthentication.PartyClaim) && !user.IsInRole(Roles.Admin))
            return Problems.NotFound($"No account of yours has id '{id}'.");
        var balances = await ledger.BalanceAsync(new PartyId(id), cancellationToken);
        // Earnings of an order under dispute stay in their bucket but are frozen until it closes (DESIGN 2.4).
        var frozen = (await grains.GetGrain<IDisputeHoldsGrain>(id).Get()).Sum(h => h.AmountMicros);
        List<Hold> holds = frozen > 0 ? [new Hold("frozen by dispute", frozen, null)] : [];
        holds.AddRange((await payoutHolds.HoldsAsync(new PartyId(id), frozen, cancellationToken)).Select(h => new Hold(h.Reason, h.AmountMicros, h.Until)));
        return Results.Ok(new Response("usd", balances.PendingMicros, balances.AvailableMicros, balances.InPayoutMicros, balances.PaidMicros, balances.ReceivableMicros, holds));
    }
}
