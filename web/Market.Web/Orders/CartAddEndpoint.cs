using System.Security.Claims;
using Market.Contracts.Parties;
using Market.Contracts.Works;
using Market.Web.Identity;
using Market.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Market.Web.Orders;

/// <summary>
/// <c>POST /Cart/Add</c>: puts a license in the signed-in person's cart, from the "add to cart" form of a
/// work's page. That page is output-cached for anonymous visitors, so its form cannot carry a per-visitor
/// antiforgery token; this endpoint checks the request's origin instead (<see cref="RefuseCrossOriginRequests"/>).
/// It is an endpoint of its own because Razor Pages validate antiforgery per page, not per handler: the
/// cart page's other forms (remove, checkout) keep their tokens.
/// </summary>
public static class CartAddEndpoint
{
    /// <summary>The route the form posts to.</summary>
    public const string Route = "/Cart/Add";

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapCartAdd(this IEndpointRouteBuilder app)
    {
        app.MapPost(Route, AddAsync).RequireAuthorization().DisableAntiforgery().AddEndpointFilter<RefuseCrossOriginRequests>();

        // Signing in from the form sends the person back here with a GET: show the cart rather than 405.
        app.MapGet(Route, () => Results.LocalRedirect("/Cart")).RequireAuthorization();
        return app;
    }

    private static async Task<IResult> AddAsync([FromForm] string workId, [FromForm] string tier, ClaimsPrincipal user, IGrainFactory grains, PartyProvisioner parties)
    {
        var work = await grains.GetGrain<IWorkGrain>(workId).Get();
        if (work?.Offers.Any(o => o.Tier == tier) != true) return Results.NotFound();
        if (!work.IsForSale) return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not for sale", detail: $"'{work.Title}' is not for sale until everyone named on it accepts their role.");
        var partyId = await parties.EnsurePartyAsync(user) ?? throw new InvalidOperationException("A signed-in user has no account.");
        await grains.GetGrain<IPartyGrain>(partyId).AddToCart(new CartItem(workId, tier));
        return Results.LocalRedirect("/Cart");
    }
}
