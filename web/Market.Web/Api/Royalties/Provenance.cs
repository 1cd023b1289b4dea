using Market.Contracts.Models;
using Market.Grains.Royalties;

namespace Market.Web.Api.Royalties;

/// <summary>
/// <c>GET /api/v1/works/{id}/provenance</c>: the royalty graph behind a work — every node money
/// from its sale can reach, and the weighted edges between them.
/// </summary>
public static class Provenance
{
    /// <summary>A work node.</summary>
    public sealed record WorkNode(string Id, string Title, string Kind, bool Generated, string ArtistId, IReadOnlyList<Share> Owners);

    /// <summary>A model-version node.</summary>
    public sealed record ModelNode(string Id, string Name, string Version, string OwnerId, ModelTerms Terms, long InclusionFloorPpm, string? BaseModelId, string Status, long ContributionCount);

    /// <summary>A party's or node's share, in ppm.</summary>
    public sealed record Share(string Id, long SharePpm);

    /// <summary>An edge: <c>parent</c> (work → work), <c>madeWith</c> (work → model), <c>base</c> (model → model), <c>attributes</c> (work → contribution work).</summary>
    public sealed record Edge(string From, string To, string Kind, long? WeightPpm);

    /// <summary>The answer.</summary>
    public sealed record Response(string Root, IReadOnlyList<WorkNode> Works, IReadOnlyList<ModelNode> Models, IReadOnlyList<Edge> Edges);

    /// <summary>Handles the call.</summary>
    public static async Task<IResult> Handle(string id, RoyaltyGraphLoader graphs)
    {
        ReachableNodes nodes;
        try
        {
            nodes = await graphs.CollectAsync([id]);
        }
        catch (KeyNotFoundException e)
        {
            return Problems.NotFound(e.Message);
        }

        var works = nodes.Works.Values.OrderBy(w => w.Id, StringComparer.Ordinal)
            .Select(w => new WorkNode(w.Id, w.Title, w.Kind, w.IsGenerated, w.ArtistId, w.Owners.Select(o => new Share(o.Id, o.SharePpm)).ToList())).ToList();
        var models = nodes.Models.Values.OrderBy(m => m.Id, StringComparer.Ordinal)
            .Select(m => new ModelNode(m.Id, m.Name, m.Version, m.OwnerId, m.Terms, m.InclusionFloorPpm, m.BaseModelId, m.Status, m.ContributionCount)).ToList();
        var edges = nodes.Works.Values.OrderBy(w => w.Id, StringComparer.Ordinal).SelectMany(w =>
                w.Parents.Select(p => new Edge(w.Id, p.Id, "parent", p.SharePpm))
                    .Concat(w.Generation is { } made
                        ? made.Attribution.Select(a => new Edge(w.Id, a.WorkId, "attributes", a.WeightPpm)).Prepend(new Edge(w.Id, made.ModelId, "madeWith", null))
                        : []))
            .Concat(nodes.Models.Values.Where(m => m.BaseModelId is not null).Select(m => new Edge(m.Id, m.BaseModelId!, "base", m.Terms.BasePpm)))
            .ToList();
        return Results.Ok(new Response(id, works, models, edges));
    }
}
