using Market.Domain.Ids;
using Market.Domain.Royalties;

namespace Market.Domain.Tests.Royalties;

/// <summary>Short ways to build graphs and expected parts in tests.</summary>
internal static class TestGraph
{
    public static WorkId W(string id) => new(id);

    public static PartyId P(string id) => new(id);

    public static ModelId M(string id) => new(id);

    public static RoyaltyPath Path(params string[] labels) => RoyaltyPath.Of(labels.Select(PathStep.Parse));

    public static RoyaltyPart Paid(RoyaltyRole role, string party, long micros, RoyaltyPath path, long? attributionPpm = null) =>
        new(role, P(party), null, path, micros, attributionPpm);

    public static RoyaltyPart Floor(string model, long micros, RoyaltyPath path, long? attributionPpm = null) =>
        new(RoyaltyRole.PoolFloor, null, M(model), path, micros, attributionPpm);

    public static void Original(this InMemoryRoyaltyGraph graph, string id, string owner, params (string Parent, long SharePpm)[] parents) =>
        graph.AddWork(OriginalWork.OwnedBy(W(id), P(owner), [.. parents.Select(p => new ParentEdge(W(p.Parent), p.SharePpm))]));

    public static void Model(
        this InMemoryRoyaltyGraph graph, string id, string owner, OutputTerms terms, string[] contributions, long floorPpm = 500_000, string? baseModel = null)
    {
        graph.AddModel(new ModelVersion(M(id), P(owner), terms, floorPpm, baseModel is null ? null : M(baseModel)));
        graph.AddContributions(M(id), contributions.Select(c => new Contribution(W(c)))).Rejected.ShouldBeEmpty();
        graph.Seal(M(id));
    }

    public static void Generated(this InMemoryRoyaltyGraph graph, string id, string model, string creator, params (string Work, decimal Score)[] scores)
    {
        var attribution = Attribution.FromScores([.. scores.Select(s => new AttributionScore(W(s.Work), s.Score))], w => graph.IsContribution(M(model), w));
        graph.AddWork(new GeneratedWork(W(id), M(model), P(creator), attribution, []));
    }

    public static IReadOnlyList<RoyaltyPart> Distribute(this InMemoryRoyaltyGraph graph, string work, long micros) =>
        new RoyaltyAllocator(graph, graph.Policy).Distribute(W(work), micros);
}
