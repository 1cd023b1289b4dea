using Market.Contracts.Models;

namespace Market.Web.Api.Models;

/// <summary><c>GET /api/v1/models/{id}</c>: the public view of a model version.</summary>
public static class GetModel
{
    /// <summary>The answer.</summary>
    public sealed record Response(
        string Id, string Name, string Version, string OwnerId, string? BaseModelId, ModelTerms Terms, long InclusionFloorPpm,
        string Status, long ContributionCount, string? ConsentSnapshotHash, long? DroppedAtSeal, DateTimeOffset RegisteredAt, DateTimeOffset? SealedAt);

    /// <summary>Handles the call.</summary>
    public static async Task<IResult> Handle(string id, IGrainFactory grains)
    {
        var model = await grains.GetGrain<IModelGrain>(id).Get();
        if (model is null) return Problems.NotFound($"No model version has id '{id}'.");
        return Results.Ok(new Response(
            model.Id, model.Name, model.Version, model.OwnerId, model.BaseModelId, model.Terms, model.InclusionFloorPpm,
            model.Status, model.ContributionCount, model.ConsentSnapshotHash, model.IsSealed ? model.DroppedAtSeal : null,
            model.RegisteredAt, model.SealedAt));
    }
}
