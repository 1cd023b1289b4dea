using Market.Domain.Ids;

namespace Market.Domain.Royalties;

/// <summary>
/// The whole ancestry of a work (DESIGN 2): each ancestor with the sum of the shares of the edges
/// pointing into it (a diamond counts both paths), in canonical order, and the stack — the sum of
/// every edge in the ancestry, which is also the sum of the shares.
/// </summary>
public sealed record Ancestry(IReadOnlyList<AncestorShare> Shares, long StackPpm)
{
    /// <summary>The ancestry of a work with no parents.</summary>
    public static Ancestry None { get; } = new([], 0);

    /// <summary>The ancestry of <paramref name="work"/> in <paramref name="graph"/>.</summary>
    public static Ancestry Of(IRoyaltyGraph graph, WorkId work) => Of(work, id => graph.GetWork(id).Parents);

    /// <summary>The ancestry of <paramref name="work"/> given each work's parents, so a proposed edge can be tried.</summary>
    public static Ancestry Of(WorkId work, Func<WorkId, IReadOnlyList<ParentEdge>> parentsOf)
    {
        var shares = new Dictionary<WorkId, long>();
        var visited = new HashSet<WorkId> { work };
        var pending = new Stack<WorkId>();
        pending.Push(work);
        while (pending.Count > 0)
        {
            // Each node is expanded once, so each edge of the ancestry is counted exactly once.
            foreach (var edge in parentsOf(pending.Pop()))
            {
                shares[edge.Parent] = checked(shares.GetValueOrDefault(edge.Parent) + edge.SharePpm);
                if (visited.Add(edge.Parent))
                {
                    pending.Push(edge.Parent);
                }
            }
        }

        if (shares.Count == 0)
        {
            return None;
        }

        var ordered = shares.OrderBy(s => s.Key, WorkId.Ordinal).Select(s => new AncestorShare(s.Key, s.Value)).ToArray();
        return new Ancestry(ordered, ordered.Sum(s => s.SharePpm));
    }
}
