using Market.Contracts.Works;
using Market.Store.Models;

namespace Market.Web.Api.Works;

/// <summary>
/// <c>GET /api/v1/works/{id}/inclusions</c>: inclusion receipts — every sealed model version that
/// trained on the work, with the consent in force when it was sealed and the inclusion weight.
/// Earnings are not here yet; they come with sales.
/// </summary>
public static class Inclusions
{
    /// <summary>The consent the receipt was issued under.</summary>
    public sealed record ConsentAtSealing(string GenerativeTraining, long? MinimumPoolPpm);

    /// <summary>One sealed version that includes the work.</summary>
    public sealed record Receipt(
        string ModelId, string ModelName, string ModelVersion, string OwnerId, DateTimeOffset SealedAt,
        string ConsentSnapshotHash, long Weight, ConsentAtSealing Consent);

    /// <summary>The answer.</summary>
    public sealed record Response(string WorkId, IReadOnlyList<Receipt> Inclusions);

    /// <summary>Handles the call.</summary>
    public static async Task<IResult> Handle(string id, IGrainFactory grains, TrainingSetQueries trainingSets, CancellationToken cancellationToken)
    {
        if (await grains.GetGrain<IWorkGrain>(id).Get() is null) return Problems.NotFound($"No work has id '{id}'.");
        var receipts = await trainingSets.InclusionsOfAsync(id, cancellationToken);
        return Results.Ok(new Response(id, [.. receipts.Select(r => new Receipt(
            r.ModelId, r.ModelName, r.ModelVersion, r.OwnerId, r.SealedAt, r.ConsentSnapshotHash, r.Weight,
            new ConsentAtSealing(r.GenerativeTraining, r.MinimumPoolPpm)))]));
    }
}
