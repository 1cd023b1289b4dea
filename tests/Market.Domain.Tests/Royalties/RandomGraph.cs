using CsCheck;
using Market.Domain.Ids;
using Market.Domain.Royalties;
using static Market.Domain.Tests.Royalties.StepKind;

namespace Market.Domain.Tests.Royalties;

/// <summary>A random graph, the ids it was built with in creation order, and the script that built it.</summary>
internal sealed record BuiltGraph(InMemoryRoyaltyGraph Graph, IReadOnlyList<WorkId> Works, IReadOnlyList<ModelId> Models, GraphScript Script)
{
    // The shape callers had before the script was kept (the ledger's random sales use it).
    public void Deconstruct(out InMemoryRoyaltyGraph graph, out IReadOnlyList<WorkId> works, out IReadOnlyList<ModelId> models) =>
        (graph, works, models) = (Graph, Works, Models);
}

/// <summary>
/// Builds valid royalty graphs from generated steps: originals with split sheets and parents,
/// derivative chains and diamonds, models with random terms, fine-tune lineages two levels deep
/// (each base with its own pool), bulk pools of up to 10,000 members, generated pieces with no,
/// sparse or dense attribution, and later parent edges. Steps the rules reject (a stack over the
/// cap, a cycle) are skipped or lose their parents, which is itself what a caller would see.
/// </summary>
internal static partial class RandomGraph
{
    /// <summary>The most members a bulk pool gets: the most entries one attribution may name.</summary>
    public const int MaxPool = Attribution.MaxEntries;

    /// <summary>
    /// Member counts skewed small so a run stays fast: 70 % of bulk pools have at most 30 members,
    /// 22 % up to 500, 6 % up to 9,999, and 2 % exactly <see cref="MaxPool"/>. With about one bulk
    /// pool in every other recipe, a few hundred recipe samples meet several pools of ten thousand;
    /// <see cref="LargePoolSize"/> is for properties that must meet them every time.
    /// </summary>
    public static readonly Gen<int> BulkPoolSize = Gen.Frequency(
        (70, Gen.Int[1, 30]), (22, Gen.Int[31, 500]), (6, Gen.Int[501, MaxPool - 1]), (2, Gen.Const(MaxPool)));

    /// <summary>Only large pools: a thousand members or more, a third of them exactly <see cref="MaxPool"/>.</summary>
    public static readonly Gen<int> LargePoolSize = Gen.Frequency((2, Gen.Int[1_000, MaxPool - 1]), (1, Gen.Const(MaxPool)));

    public static readonly Gen<GraphStep> Step = Gen.Frequency(
        (8, Steps(Original)),
        (4, Steps(Model)),
        (8, Steps(Generated)),
        (5, Steps(Edge)),
        (4, Steps(Chain)),
        (2, Steps(Diamond)),
        (2, Steps(Lineage)),
        (1, Gen.Select(BulkPoolSize, Gen.Int[0, 1_000_000], Gen.Int[0, 1_000_000]).Select((n, b, c) => new GraphStep(BulkPool, n, b, c))));

    public static readonly Gen<GraphStep[]> Recipe = Step.Array[1, 40];

    public static BuiltGraph Build(IEnumerable<GraphStep> steps)
    {
        var builder = new Builder();
        builder.AddOriginal(new GraphStep(Original, 0, 0, 0));
        foreach (var step in steps)
        {
            Action<GraphStep> add = step.Kind switch
            {
                Original => builder.AddOriginal,
                Model => builder.AddModel,
                Generated => builder.AddGenerated,
                Edge => builder.AddEdge,
                Chain => builder.AddChain,
                Diamond => builder.AddDiamond,
                Lineage => builder.AddLineage,
                _ => builder.AddBulkPool,
            };
            add(step);
        }

        return new BuiltGraph(builder.Graph, builder.Works, builder.Models, builder.Script);
    }

    private static Gen<GraphStep> Steps(StepKind kind) =>
        Gen.Select(Gen.Int[0, 1_000_000], Gen.Int[0, 1_000_000], Gen.Int[0, 1_000_000]).Select((a, b, c) => new GraphStep(kind, a, b, c));
}
