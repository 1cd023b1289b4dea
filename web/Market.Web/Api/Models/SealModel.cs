using System.Security.Claims;
using Market.Contracts.Models;

namespace Market.Web.Api.Models;

/// <summary>
/// <c>POST /api/v1/models/{id}/seal</c>: freezes the training set. Contributions whose consent was
/// revoked since they were imported are dropped and listed, not a reason to refuse the seal.
/// </summary>
public static class SealModel
{
    /// <summary>The answer: the snapshot hash, the size of the sealed set, and what was dropped.</summary>
    public sealed record Response(string ConsentSnapshotHash, long ContributionCount, IReadOnlyList<DroppedContribution> Dropped);

    /// <summary>Handles the call.</summary>
    public static async Task<IResult> Handle(string id, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (model, problem) = await ModelAccess.OwnedAsync(grains, id, user);
        if (problem is not null) return problem;
        var result = await grains.GetGrain<IModelGrain>(model!.Id).Seal();
        return result.Problem is { } reason
            ? ModelAccess.Conflict(reason)
            : Results.Ok(new Response(result.Model.ConsentSnapshotHash!, result.Model.ContributionCount, result.Dropped));
    }
}
