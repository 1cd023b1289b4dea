using System.Security.Claims;
using Market.Contracts.Works;
using Market.Domain.Catalog;
using Market.Web.Catalog;

namespace Market.Web.Api.Works;

/// <summary><c>PUT /api/v1/works/{id}/consent</c>: an owner changes a work's training consent.</summary>
public static class UpdateConsent
{
    /// <summary>The answer: the consent now in force and the history of changes.</summary>
    public sealed record Response(string WorkId, WorkConsent Consent, IReadOnlyList<ConsentChanged> History);

    /// <summary>Handles the call.</summary>
    public static async Task<IResult> Handle(string id, HttpRequest http, ClaimsPrincipal user, IGrainFactory grains, PublicPageOutputCache publicPages)
    {
        var grain = grains.GetGrain<IWorkGrain>(id);
        var work = await grain.Get();
        if (work is null) return Problems.NotFound($"No work has id '{id}'.");
        var caller = user.FindFirstValue(ApiKeyAuthentication.PartyClaim);
        if (!work.IsOwnedBy(caller))
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: "Only the work's owners can change its consent.");
        }

        var (consent, problem) = await ApiBody.ReadAsync<Consent>(http);
        if (problem is not null) return problem;
        var errors = WorkRules.ValidateConsent(consent!);
        if (errors.Count > 0) return Problems.Validation(errors);

        var changed = await grain.ChangeConsent(WorkConsent.From(consent!), caller!);
        await publicPages.EvictAsync(http.HttpContext.RequestAborted);
        return Results.Ok(new Response(changed.Id, changed.Consent, changed.ConsentHistory ?? []));
    }
}
