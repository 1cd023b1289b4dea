using System.Security.Claims;
using Market.Domain.Parties;

namespace Market.Web.Api.Accounts;

/// <summary><c>GET /api/v1/accounts/{id}/balance</c>: a party's own money, from the ledger.</summary>
public static class GetBalance
{
    /// <summary>Handles the call; nobody reads another party's money.</summary>
    public static async Task<IResult> Handle(string id, ClaimsPrincipal user, BalanceReport balances, CancellationToken cancellationToken)
    {
        if (id != user.FindFirstValue(ApiKeyAuthentication.PartyClaim) && !user.IsInRole(Roles.Admin))
            return Problems.NotFound($"No account of yours has id '{id}'.");
        return Results.Ok(await balances.ForAsync(id, cancellationToken));
    }
}
