using CsCheck;
using Market.Domain.Ids;
using Market.Domain.Money;
using Market.Domain.Royalties;
using static Market.Domain.Tests.Royalties.TestGraph;

namespace Market.Domain.Tests.Royalties;

/// <summary>One instruction for building a random graph; its numbers choose ids, shares and links.</summary>
internal sealed record GraphStep(int Kind, int A, int B, int C);

/// <summary>
/// Builds valid royalty graphs from generated steps: originals with split sheets and parents,
/// models with random terms, fine-tunes and training sets, generated pieces with attribution, and
/// later parent edges. Steps the rules reject (a stack over the cap, a cycle) are skipped, which is
/// itself what a caller of the graph would see.
/// </summary>
internal static class RandomGraph
{
    public static readonly Gen<GraphStep[]> Recipe =
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, 1_000_000], Gen.Int[0, 1_000_000], Gen.Int[0, 1_000_000])
            .Select((kind, a, b, c) => new GraphStep(kind, a, b, c)).Array[1, 40];

    public static (InMemoryRoyaltyGraph Graph, List<WorkId> Works, List<ModelId> Models) Build(GraphStep[] steps)
    {
        var built = new Builder();
        built.AddOriginal(new GraphStep(0, 0, 0, 0));
        foreach (var step in steps)
        {
            Action<GraphStep> add = step.Kind switch
            {
                0 => built.AddOriginal,
                1 => built.AddModel,
                2 => built.AddGenerated,
                _ => built.AddEdge,
            };
            add(step);
        }

        return (built.Graph, built.Works, built.Models);
    }

    private sealed class Builder
    {
        public InMemoryRoyaltyGraph Graph { get; } = new();

        public List<WorkId> Works { get; } = [];

        public List<ModelId> Models { get; } = [];

        public void AddOriginal(GraphStep step)
        {
            var count = 1 + (step.A % 3);
            var shares = Apportion.Split(Ppm.Whole, new long[] { (step.B % 7) + 1, (step.C % 5) + 1, (step.A % 3) + 1 }.AsSpan(0, count));
            var owners = shares.Select((s, k) => new OwnerShare(P($"p{(step.A + k) % 6}"), s)).ToArray();
            var parents = Works.Count == 0 ? [] : Enumerable.Range(0, step.B % 3)
                .Select(k => new ParentEdge(Works[(step.C + (7_919 * k)) % Works.Count], ((step.C >> k) % 250_000) + 1))
                .DistinctBy(e => e.Parent).ToArray();
            Add(new OriginalWork(W($"w{Works.Count:D3}"), owners, parents), new OriginalWork(W($"w{Works.Count:D3}"), owners, []));
        }

        public void AddModel(GraphStep step)
        {
            var id = M($"m{Models.Count:D2}");
            var pool = 200_000 + (step.B % 800_001);
            var creator = step.C % (Ppm.Whole - pool + 1);
            var rest = Ppm.Whole - pool - creator;
            ModelId? baseModel = Models.Count > 0 && step.A % 2 == 0 ? Models[step.B % Models.Count] : null;
            var basePpm = baseModel is null ? 0 : step.A % (rest + 1);
            var terms = new OutputTerms(creator, rest - basePpm, pool, basePpm);
            Graph.AddModel(new ModelVersion(id, P($"p{step.A % 6}"), terms, step.A * 7L % (Ppm.Whole + 1), baseModel));
            var contributions = Enumerable.Range(0, 1 + (step.B % 4))
                .Select(k => new Contribution(Works[(step.C + (31 * k)) % Works.Count], 1 + ((step.A + (104_729L * k)) % 1_000_000)));
            Graph.AddContributions(id, contributions);
            Graph.Seal(id);
            Models.Add(id);
        }

        public void AddGenerated(GraphStep step)
        {
            if (Models.Count == 0)
            {
                AddOriginal(step);
                return;
            }

            var model = Models[step.A % Models.Count];
            var pool = Graph.ContributionsOf(model);
            var scores = step.C % 3 == 0 ? [] : Enumerable.Range(0, 1 + (step.C % 4))
                .Select(k => new AttributionScore(pool[(step.A + k) % pool.Count].Work, (((step.B + (37 * k)) % 1_000) / 100m) + (k == 0 ? 0.01m : 0m)))
                .DistinctBy(s => s.Contribution).ToArray();
            var attribution = Attribution.FromScores(scores, w => Graph.IsContribution(model, w));
            ParentEdge[] parents = step.C % 5 == 0 ? [new ParentEdge(Works[step.B % Works.Count], (step.A % 100_000) + 1)] : [];
            var id = W($"w{Works.Count:D3}");
            Add(new GeneratedWork(id, model, P($"p{step.B % 6}"), attribution, parents), new GeneratedWork(id, model, P($"p{step.B % 6}"), attribution, []));
        }

        public void AddEdge(GraphStep step)
        {
            var (child, parent) = (Works[step.A % Works.Count], Works[step.B % Works.Count]);
            try
            {
                Graph.AddParentEdges(child, [new ParentEdge(parent, (step.C % 150_000) + 1)]);
            }
            catch (ArgumentException)
            {
                // A cycle, a repeat or a stack over the cap: the graph refused, as it should.
            }
        }

        private void Add(Work work, Work withoutParents)
        {
            try
            {
                Graph.AddWork(work);
            }
            catch (ArgumentException)
            {
                Graph.AddWork(withoutParents);
            }

            Works.Add(work.Id);
        }
    }
}
