using Market.Contracts.Works;
using Market.Domain.Ids;
using Market.Domain.Royalties;

namespace Market.Grains.Royalties;

/// <summary>
/// Builds the part of the royalty graph that money from given works can reach, from the grains
/// that own each node. Nodes never change once referenced, so a snapshot is exact.
/// </summary>
public sealed class RoyaltyGraphLoader(IGrainFactory grains)
{
    /// <summary>A snapshot holding <paramref name="roots"/> and everything they pay into.</summary>
    /// <exception cref="KeyNotFoundException">A root or a node it references does not exist.</exception>
    public async Task<InMemoryRoyaltyGraph> LoadAsync(IEnumerable<string> roots, RoyaltyPolicy policy)
    {
        var views = new Dictionary<string, WorkView>(StringComparer.Ordinal);
        var pending = new Stack<string>(roots);
        while (pending.TryPop(out var id))
        {
            if (views.ContainsKey(id))
            {
                continue;
            }

            var view = await grains.GetGrain<IWorkGrain>(id).Get() ?? throw new KeyNotFoundException($"No work has id '{id}'.");
            views[id] = view;
            foreach (var parent in view.Parents)
            {
                pending.Push(parent.Id);
            }
        }

        var graph = new InMemoryRoyaltyGraph(policy);
        foreach (var view in ParentsFirst(views))
        {
            graph.AddWork(RoyaltyNodes.From(view));
        }

        return graph;
    }

    // A node may only reference nodes already in the graph, so parents go in before children.
    private static List<WorkView> ParentsFirst(Dictionary<string, WorkView> views)
    {
        var ordered = new List<WorkView>(views.Count);
        var done = new HashSet<string>(StringComparer.Ordinal);
        void Visit(WorkView view)
        {
            if (!done.Add(view.Id))
            {
                return;
            }

            foreach (var parent in view.Parents)
            {
                Visit(views[parent.Id]);
            }

            ordered.Add(view);
        }

        foreach (var view in views.Values.OrderBy(v => v.Id, StringComparer.Ordinal))
        {
            Visit(view);
        }

        return ordered;
    }
}
