using System.Security.Claims;
using Market.Domain.Catalog;
using Market.Web.Works;

namespace Market.Web.Api.Works;

/// <summary><c>POST /api/v1/works</c>: an artist registers a work, its file sent as base64.</summary>
public static class CreateWork
{
    /// <summary>The file part of the body.</summary>
    public sealed record FileBody(string? Name, string? ContentBase64);

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
        var (file, fileProblem) = Decode(request!.File);
        if (fileProblem is not null) return fileProblem;

        var draft = new WorkDraft(request.Title, request.Description, request.Kind, request.Tags, request.Offers, request.Consent, request.Parents, request.Owners);
        var result = await registration.RegisterAsync(user.FindFirstValue(ApiKeyAuthentication.PartyClaim)!, draft, file, http.HttpContext.RequestAborted);
        return result.Work is { } work
            ? Results.Created($"/api/v1/works/{work.Id}", new Response(work.Id, work.File?.ContentHash))
            : Problems.Validation(result.Errors);
    }

    private static (UploadedFile? File, IResult? Problem) Decode(FileBody? body)
    {
        if (body is null) return (null, null);
        if (string.IsNullOrWhiteSpace(body.Name)) return (null, Problems.Field("file.name", "A file name is required."));
        if (string.IsNullOrEmpty(body.ContentBase64)) return (null, Problems.Field("file.contentBase64", "The file content is required, as base64."));
        var bytes = new byte[body.ContentBase64.Length / 4 * 3 + 3];
        return Convert.TryFromBase64String(body.ContentBase64, bytes, out var written)
            ? (new UploadedFile(Path.GetFileName(body.Name), bytes[..written]), null)
            : (null, Problems.Field("file.contentBase64", "The file content is not valid base64."));
    }
}
