using System.Security.Claims;
using Market.Domain.Catalog;
using Market.Web.Works;

namespace Market.Web.Api.Works;

/// <summary><c>POST /api/v1/works</c>: an artist registers a work, its file sent as base64.</summary>
public static class CreateWork
{

    /// <summary>The request body (DESIGN section 4).</summary>
    public sealed record Request(
        string? Title, string? Description, string? Kind, List<string>? Tags, List<Offer>? Offers,
        Consent? Consent, List<ParentShare>? Parents, List<OwnerShare>? Owners, FileBody? File);

    /// <summary>The answer.</summary>
    public sealed record Response(string Id, string? ContentHash);

    /// <summary>Handles the call.</summary>
    public static async Task<IResult> Handle(HttpRequest http, ClaimsPrincipal user, WorkRegistration registration)
    {
        var (request, problem) = await ApiBody.ReadAsync<Request>(http);
        if (problem is not null) return problem;
        var (file, fileProblem) = FileBody.Decode(request!.File);
        if (fileProblem is not null) return fileProblem;

        var draft = new WorkDraft(request.Title, request.Description, request.Kind, request.Tags, request.Offers, request.Consent, request.Parents, request.Owners);
        var result = await registration.RegisterAsync(user.FindFirstValue(ApiKeyAuthentication.PartyClaim)!, draft, file, http.HttpContext.RequestAborted);
        return result.Work is { } work
            ? Results.Created($"/api/v1/works/{work.Id}", new Response(work.Id, work.File?.ContentHash))
            : Problems.Validation(result.Errors);
    }
}
