using Market.Domain.Ids;
using Market.Domain.Money;
using Market.Domain.Royalties;

namespace Market.Domain.Tests.Royalties;

/// <summary>
/// Changes to a script that raise one recipient's weight and nothing else that could work for it:
/// an owner's share (the others give the difference up, none of them rises), an inclusion weight,
/// a parent edge's share (within the stack cap's slack), an attribution score.
/// </summary>
internal static class WeightRaises
{
    /// <summary>
    /// <paramref name="owner"/>'s share raised by <paramref name="delta"/>, which the others give up
    /// in proportion to what they hold above 1 ppm — Apportion(δ, share − 1), each part at most
    /// share − 1 — so every other owner's share falls or stays, and stays at least 1 ppm.
    /// </summary>
    public static long[] TakeFromOthers(IReadOnlyList<long> shares, int owner, long delta)
    {
        var spare = shares.Select((s, k) => k == owner ? 0 : s - 1).ToArray();
        var given = Apportion.Split(delta, spare);
        return [.. shares.Select((s, k) => k == owner ? s + delta : s - given[k])];
    }

    /// <summary>How much the others can give up: what they hold above 1 ppm each.</summary>
    public static long Spare(IReadOnlyList<long> shares, int owner) => shares.Where((_, k) => k != owner).Sum(s => s - 1);

    public static OriginalWork WithOwnerRaised(OriginalWork work, int owner, long delta)
    {
        var shares = TakeFromOthers([.. work.Owners.Select(o => o.SharePpm)], owner, delta);
        return work with { Owners = [.. work.Owners.Select((o, k) => o with { SharePpm = shares[k] })] };
    }

    public static IEnumerable<(GraphOp Op, WorkId Child, ParentEdge Edge)> Edges(GraphScript script) => script.Ops.SelectMany(op => op switch
    {
        AddWorkOp add => add.Work.Parents.Select(e => (op, add.Work.Id, e)),
        AddEdgesOp edges => edges.Edges.Select(e => (op, edges.Child, e)),
        _ => [],
    });

    public static GraphOp WithEdgeRaised(GraphOp op, WorkId parent, long delta)
    {
        ParentEdge[] Raise(IReadOnlyList<ParentEdge> edges) =>
            [.. edges.Select(e => e.Parent == parent ? e with { SharePpm = e.SharePpm + delta } : e)];
        return op switch
        {
            AddWorkOp add => add with { Work = add.Work with { Parents = Raise(add.Work.Parents) } },
            AddEdgesOp edges => edges with { Edges = Raise(edges.Edges) },
            _ => op,
        };
    }

    /// <summary>
    /// How far an edge into <paramref name="child"/>'s ancestry can rise: raising it raises the stack
    /// of the child and of every descendant by the same amount, so the tightest of them decides.
    /// </summary>
    public static long StackSlack(InMemoryRoyaltyGraph graph, WorkId child)
    {
        var affected = new HashSet<WorkId> { child };
        var pending = new Stack<WorkId>([child]);
        while (pending.Count > 0)
        {
            foreach (var next in graph.ChildrenOf(pending.Pop()).Where(affected.Add))
            {
                pending.Push(next);
            }
        }

        return graph.Policy.StackCapPpm - affected.Max(w => Ancestry.Of(graph, w).StackPpm);
    }

    public static AddWorkOp WithScoreRaised(AddWorkOp add, int entry, decimal delta)
    {
        AttributionScore[] scores = [.. add.Scores.Select((s, k) => k == entry ? s with { Score = s.Score + delta } : s)];
        var generated = (GeneratedWork)add.Work;
        return new AddWorkOp(generated with { Attribution = Attribution.FromScores(scores, _ => true) }, scores);
    }
}
