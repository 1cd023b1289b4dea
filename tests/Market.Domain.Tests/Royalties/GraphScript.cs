using Market.Domain.Royalties;

namespace Market.Domain.Tests.Royalties;

/// <summary>
/// The changes that built a random graph, in order. Replaying them through a change — ids renamed,
/// lists reordered, one weight raised — builds the variant graph a property compares against,
/// through the same rules the original passed.
/// </summary>
internal sealed class GraphScript
{
    private readonly List<GraphOp> _ops = [];

    public IReadOnlyList<GraphOp> Ops => _ops;

    public void Add(GraphOp op) => _ops.Add(op);

    public InMemoryRoyaltyGraph Replay(Func<GraphOp, GraphOp> change)
    {
        var graph = new InMemoryRoyaltyGraph();
        foreach (var op in _ops)
        {
            change(op).ApplyTo(graph);
        }

        return graph;
    }

    /// <summary>Replays with <paramref name="target"/> (one of <see cref="Ops"/>) replaced.</summary>
    public InMemoryRoyaltyGraph ReplayWith(GraphOp target, GraphOp replacement) =>
        Replay(op => ReferenceEquals(op, target) ? replacement : op);
}
