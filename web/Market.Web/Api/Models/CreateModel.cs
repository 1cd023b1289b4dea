using System.Security.Claims;
using Market.Web.Models;

namespace Market.Web.Api.Models;

/// <summary><c>POST /api/v1/models</c>: an operator registers a model version and its output terms.</summary>
public static class CreateModel
{
    /// <summary>The answer.</summary>
    public sealed record Response(string Id);

    /// <summary>Handles the call. The body is a <see cref="ModelDraft"/>.</summary>
    public static async Task<IResult> Handle(HttpRequest http, ClaimsPrincipal user, ModelRegistration registration)
    {
        var (draft, problem) = await ApiBody.ReadAsync<ModelDraft>(http);
        if (problem is not null) return problem;
        var result = await registration.RegisterAsync(user.FindFirstValue(ApiKeyAuthentication.PartyClaim)!, draft!);
        return result switch
        {
            { Model: { } model } => Results.Created($"/api/v1/models/{model.Id}", new Response(model.Id)),
            { Conflict: { } conflict } => ModelAccess.Conflict(conflict),
            _ => Problems.Validation(result.Errors),
        };
    }
}
