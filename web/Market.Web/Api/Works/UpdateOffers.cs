using System.Security.Claims;
using Market.Contracts.Works;
using Market.Domain.Catalog;
using Market.Domain.Parties;
using Market.Web.Catalog;
using Market.Web.Works;

namespace Market.Web.Api.Works;

/// <summary><c>PUT /api/v1/works/{id}/offers</c>: the work's artist (or an admin) changes its tiers and prices.</summary>
public static class UpdateOffers
{
    /// <summary>The request body.</summary>
    public sealed record Request(List<Offer>? Offers);

    /// <summary>Handles the call; answers with the work's public view, as <c>GET /api/v1/works/{id}</c>.</summary>
    public static async Task<IResult> Handle(string id, HttpRequest http, ClaimsPrincipal user, IGrainFactory grains, PublicPageOutputCache publicPages)
    {
        var work = await grains.GetGrain<IWorkGrain>(id).Get();
        // Someone else's work is not found: whether it exists is not theirs to learn from this route.
        if (work is null || !WorkOffers.MayChange(work, user.FindFirstValue(ApiKeyAuthentication.PartyClaim), user.IsInRole(Roles.Admin)))
            return Problems.NotFound($"You have no work with id '{id}'.");

        var (request, problem) = await ApiBody.ReadAsync<Request>(http);
        if (problem is not null) return problem;
        var result = await WorkOffers.ChangeAsync(grains, publicPages, id, request!.Offers, http.HttpContext.RequestAborted);
        return result.Work is null ? Problems.Validation(result.Errors) : await GetWork.Handle(id, grains);
    }
}
