using Market.Domain.Ids;
using Market.Domain.Royalties;

namespace Market.Domain.Tests.Royalties;

/// <summary>One change the graph accepted while a random graph was built; see <see cref="GraphScript"/>.</summary>
internal abstract record GraphOp
{
    public abstract void ApplyTo(InMemoryRoyaltyGraph graph);
}

/// <summary>Adds a work; for a generated one, <paramref name="Scores"/> are the decimals its attribution came from.</summary>
internal sealed record AddWorkOp(Work Work, IReadOnlyList<AttributionScore> Scores) : GraphOp
{
    public override void ApplyTo(InMemoryRoyaltyGraph graph) => graph.AddWork(Work);
}

internal sealed record AddModelOp(ModelVersion Model) : GraphOp
{
    public override void ApplyTo(InMemoryRoyaltyGraph graph) => graph.AddModel(Model);
}

internal sealed record AddContributionsOp(ModelId Model, IReadOnlyList<Contribution> Contributions) : GraphOp
{
    // The builder only sends contributions the rules accept, so a rejection here is a broken generator.
    public override void ApplyTo(InMemoryRoyaltyGraph graph)
    {
        var result = graph.AddContributions(Model, Contributions);
        if (result.Rejected.Count > 0)
        {
            throw new InvalidOperationException($"Contribution of '{result.Rejected[0].Work}' rejected: {result.Rejected[0].Reason}.");
        }
    }
}

internal sealed record SealOp(ModelId Model) : GraphOp
{
    public override void ApplyTo(InMemoryRoyaltyGraph graph) => graph.Seal(Model);
}

internal sealed record AddEdgesOp(WorkId Child, IReadOnlyList<ParentEdge> Edges) : GraphOp
{
    public override void ApplyTo(InMemoryRoyaltyGraph graph) => graph.AddParentEdges(Child, Edges);
}
