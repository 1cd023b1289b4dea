using Market.Domain.Ids;
using Market.Domain.Royalties;

namespace Market.Domain.Tests.Royalties;

/// <summary>What a built random graph contains, so a test can show the generators reach every shape they claim.</summary>
internal sealed record GraphShape(
    int LongestChain,
    int Diamonds,
    int DeepestLineage,
    int LargestPool,
    int DenseAttributions,
    int SparseAttributions,
    int ZeroScores)
{
    public static GraphShape Of(BuiltGraph built)
    {
        var graph = built.Graph;
        var depth = new Dictionary<WorkId, int>();
        int Depth(WorkId id) => depth.TryGetValue(id, out var d) ? d
            : depth[id] = graph.GetWork(id).Parents.Select(e => 1 + Depth(e.Parent)).DefaultIfEmpty(0).Max();
        int Lineage(ModelId id) => graph.GetModel(id).BaseModel is { } b ? 1 + Lineage(b) : 0;
        var generated = built.Works.Select(graph.GetWork).OfType<GeneratedWork>()
            .Select(g => (Entries: g.Attribution.Entries.Count, Pool: graph.ContributionsOf(g.Model).Count)).ToArray();
        return new GraphShape(
            built.Works.Max(Depth),
            built.Works.Count(w => HasDiamond(graph, w)),
            built.Models.Select(Lineage).DefaultIfEmpty(0).Max(),
            built.Models.Select(m => graph.ContributionsOf(m).Count).DefaultIfEmpty(0).Max(),
            generated.Count(g => g.Pool > 1 && g.Entries == g.Pool),
            generated.Count(g => g.Entries > 0 && g.Entries < g.Pool),
            built.Script.Ops.OfType<AddWorkOp>().Sum(op => op.Scores.Count(s => s.Score == 0m)));
    }

    // Some ancestor is the parent of two different works in the ancestry: two paths reach it.
    private static bool HasDiamond(IRoyaltyGraph graph, WorkId work)
    {
        var edgesInto = new Dictionary<WorkId, int>();
        var seen = new HashSet<WorkId> { work };
        var pending = new Stack<WorkId>([work]);
        while (pending.Count > 0)
        {
            foreach (var edge in graph.GetWork(pending.Pop()).Parents)
            {
                edgesInto[edge.Parent] = edgesInto.GetValueOrDefault(edge.Parent) + 1;
                if (seen.Add(edge.Parent))
                {
                    pending.Push(edge.Parent);
                }
            }
        }

        return edgesInto.Values.Any(n => n > 1);
    }
}
