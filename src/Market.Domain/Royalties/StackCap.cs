using Market.Domain.Ids;
using Market.Domain.Money;

namespace Market.Domain.Royalties;

/// <summary>
/// The rule on parent edges (DESIGN 2): every edge names an existing older work with a share of
/// 1 to 1,000,000 ppm, and no edge may push the stack of the child — or of any descendant, whose
/// ancestry grows with it — above the platform cap, nor close a cycle.
/// </summary>
public static class StackCap
{
    /// <summary>Checks that <paramref name="child"/> (existing or about to be added) may gain <paramref name="added"/>.</summary>
    /// <exception cref="ArgumentException">An edge is malformed, would close a cycle, or would exceed the cap.</exception>
    public static void EnsureEdgesFit(IRoyaltyGraph graph, WorkId child, IReadOnlyList<ParentEdge> added, long capPpm)
    {
        if (added.Count == 0)
        {
            return;
        }

        IReadOnlyList<ParentEdge> existing = graph.FindWork(child)?.Parents ?? [];
        EnsureWellFormed(graph, child, existing, added);
        var affected = SelfAndDescendants(graph, child);
        var cycle = added.FirstOrDefault(e => affected.Contains(e.Parent));
        if (cycle is not null)
        {
            throw new ArgumentException($"A parent edge from '{child}' to its descendant '{cycle.Parent}' would close a cycle.", nameof(added));
        }

        IReadOnlyList<ParentEdge> combined = [.. existing, .. added];
        IReadOnlyList<ParentEdge> ParentsOf(WorkId id) => id == child ? combined : graph.GetWork(id).Parents;
        foreach (var work in affected.Order(WorkId.Ordinal))
        {
            var stack = Ancestry.Of(work, ParentsOf).StackPpm;
            if (stack > capPpm)
            {
                throw new ArgumentException(
                    $"Parent edges {Describe(added)} would raise the stack of work '{work}' to {stack} ppm, above the cap of {capPpm} ppm.",
                    nameof(added));
            }
        }
    }

    private static void EnsureWellFormed(IRoyaltyGraph graph, WorkId child, IReadOnlyList<ParentEdge> existing, IReadOnlyList<ParentEdge> added)
    {
        var parents = existing.Select(e => e.Parent).ToHashSet();
        for (var i = 0; i < added.Count; i++)
        {
            var edge = added[i];
            var problem = edge.SharePpm is < 1 or > Ppm.Whole ? $"has share {edge.SharePpm} ppm; it must be between 1 and 1,000,000"
                : edge.Parent == child ? "names the work itself"
                : graph.FindWork(edge.Parent) is null ? "names no known work"
                : !parents.Add(edge.Parent) ? "repeats a parent the work already has"
                : null;
            if (problem is not null)
            {
                throw new ArgumentException($"Parent edge {i} (work '{edge.Parent}') {problem}.", nameof(added));
            }
        }
    }

    private static HashSet<WorkId> SelfAndDescendants(IRoyaltyGraph graph, WorkId work)
    {
        var seen = new HashSet<WorkId> { work };
        var pending = new Stack<WorkId>([work]);
        while (pending.Count > 0)
        {
            foreach (var child in graph.ChildrenOf(pending.Pop()).Where(seen.Add))
            {
                pending.Push(child);
            }
        }

        return seen;
    }

    private static string Describe(IReadOnlyList<ParentEdge> edges) =>
        string.Join(", ", edges.Select(e => $"to '{e.Parent}' ({e.SharePpm} ppm)"));
}
