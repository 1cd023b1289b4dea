using System.Security.Claims;
using System.Text.Json;
using Market.Contracts.Models;
using Market.Domain.Catalog;
using Market.Web.Api.Models;
using Market.Web.Models;
using Market.Web.Works;

namespace Market.Web.Api.Generations;

/// <summary><c>POST /api/v1/generations</c>: a model's operator registers a piece made with it.</summary>
public static class CreateGeneration
{
    /// <summary>An attribution entry; the score is kept as JSON so its exact decimal text is read.</summary>
    public sealed record AttributionBody(string? WorkId, JsonElement Score);


    /// <summary>The request body (DESIGN section 4).</summary>
    public sealed record Request(
        string? ModelId, string? CreatorAccountId, string? Title, string? Kind, List<Offer>? Offers,
        List<AttributionBody>? Attribution, FileBody? File, string? Description, List<string>? Tags);

    /// <summary>The answer.</summary>
    public sealed record Response(string WorkId, string? ContentHash);

    /// <summary>
    /// Handles the call. An <c>Idempotency-Key</c> header makes a retry of the same body answer with the
    /// first piece; the key is claimed only once the request is valid, so a refused request leaves it free.
    /// </summary>
    public static async Task<IResult> Handle(HttpRequest http, ClaimsPrincipal user, IGrainFactory grains, GenerationRegistration generations)
    {
        var (request, problem) = await ApiBody.ReadAsync<Request>(http);
        if (problem is not null) return problem;
        if (string.IsNullOrWhiteSpace(request!.ModelId)) return Problems.Field("modelId", "The model version that made the piece is required.");
        var model = await grains.GetGrain<IModelGrain>(request.ModelId).Get();
        if (model is null) return Problems.Field("modelId", $"No model version has id '{request.ModelId}'.");
        var operatorId = user.FindFirstValue(ApiKeyAuthentication.PartyClaim)!;
        if (model.OwnerId != operatorId)
            return ModelAccess.Forbidden($"Only the operator of model version '{model.Id}' may register pieces made with it.");
        if (!model.IsSealed)
            return ModelAccess.Conflict($"Model version '{model.Id}' is not sealed; seal its training set before registering what it makes.");
        var (file, fileProblem) = FileBody.Decode(request.File);
        if (fileProblem is not null) return fileProblem;

        var work = new WorkDraft(request.Title, request.Description, request.Kind, request.Tags, request.Offers, null, [], null);
        var attribution = (request.Attribution ?? []).Select(a => new AttributionEntry(a.WorkId, a.Score.ValueKind == JsonValueKind.Number ? a.Score.GetRawText() : null)).ToList();
        var keyed = IdempotencyKey.For(http, grains, "w_", operatorId, request);
        var result = await generations.RegisterAsync(
            model, new GenerationDraft(request.CreatorAccountId, work, attribution, file), http.HttpContext.RequestAborted, keyed?.Id, keyed?.ClaimAsync);
        if (result.KeyHeldByAnotherRequest) return IdempotencyKey.BodyDiffers();
        return result.Work is { } registered
            ? Results.Created($"/api/v1/works/{registered.Id}", new Response(registered.Id, registered.File?.ContentHash))
            : Problems.Validation(result.Errors);
    }
}
