using Market.Domain.Ids;
using Market.Domain.Money;
using Market.Domain.Royalties;
using static Market.Domain.Tests.Royalties.TestGraph;

namespace Market.Domain.Tests.Royalties;

internal static partial class RandomGraph
{
    // Ids are zero-padded, so canonical (ordinal) order is creation order until a property renames them.
    private sealed partial class Builder
    {
        public InMemoryRoyaltyGraph Graph { get; } = new();

        public List<WorkId> Works { get; } = [];

        public List<ModelId> Models { get; } = [];

        public GraphScript Script { get; } = new();

        private WorkId NextWork => W($"w{Works.Count:D5}");

        public void AddOriginal(GraphStep step)
        {
            var parents = Works.Count == 0 ? [] : Enumerable.Range(0, step.B % 3)
                .Select(k => new ParentEdge(Works[(step.C + (7_919 * k)) % Works.Count], ((step.C >> k) % 250_000) + 1))
                .DistinctBy(e => e.Parent).ToArray();
            AddWork(new OriginalWork(NextWork, SplitSheet(step.A, step.B, step.C), parents));
        }

        public void AddModel(GraphStep step)
        {
            var pool = 200_000 + (step.B % 800_001);
            var creator = step.C % (Ppm.Whole - pool + 1);
            var rest = Ppm.Whole - pool - creator;
            ModelId? baseModel = Models.Count > 0 && step.A % 2 == 0 ? Models[step.B % Models.Count] : null;
            var basePpm = baseModel is null ? 0 : step.A % (rest + 1);
            var terms = new OutputTerms(creator, rest - basePpm, pool, basePpm);
            var contributions = Enumerable.Range(0, 1 + (step.B % 4))
                .Select(k => new Contribution(Works[(step.C + (31 * k)) % Works.Count], 1 + ((step.A + (104_729L * k)) % 1_000_000)))
                .DistinctBy(c => c.Work);
            AddSealedModel(terms, step.A * 7L % (Ppm.Whole + 1), baseModel, P(Party(step.A % 6)), contributions);
        }

        public void AddGenerated(GraphStep step)
        {
            if (Models.Count == 0)
            {
                AddOriginal(step);
                return;
            }

            ParentEdge[] parents = step.C % 5 == 0 ? [new ParentEdge(Works[step.B % Works.Count], (step.A % 100_000) + 1)] : [];
            AddGeneratedOn(Models[step.A % Models.Count], P(Party(step.B % 6)), step.C, step.B, parents);
        }

        public void AddEdge(GraphStep step)
        {
            var (child, parent) = (Works[step.A % Works.Count], Works[step.B % Works.Count]);
            try
            {
                Record(new AddEdgesOp(child, [new ParentEdge(parent, (step.C % 150_000) + 1)]));
            }
            catch (ArgumentException)
            {
                // A cycle, a repeat or a stack over the cap: the graph refused, as it should.
            }
        }

        // Attribution shape by selector: none, sparse (two ways), or dense — every member of the pool.
        private WorkId AddGeneratedOn(ModelId model, PartyId creator, int shape, long seed, IReadOnlyList<ParentEdge> parents)
        {
            var pool = Graph.ContributionsOf(model);
            var count = (shape % 4) switch
            {
                0 => 0,
                3 => pool.Count,
                _ => 1 + Noise.Below(Math.Min(pool.Count, 12), seed, shape),
            };
            var start = Noise.Below(pool.Count, seed, shape, 1);
            var values = ScoreVector.For(Noise.Below(long.MaxValue, seed, shape, 2), count);
            var scores = values.Select((score, k) => new AttributionScore(pool[(start + k) % pool.Count].Work, score)).ToArray();
            var attribution = Attribution.FromScores(scores, w => Graph.IsContribution(model, w));
            return AddWork(new GeneratedWork(NextWork, model, creator, attribution, parents), scores);
        }

        private ModelId AddSealedModel(OutputTerms terms, long floorPpm, ModelId? baseModel, PartyId owner, IEnumerable<Contribution> contributions)
        {
            var id = M($"m{Models.Count:D3}");
            Record(new AddModelOp(new ModelVersion(id, owner, terms, floorPpm, baseModel)));
            Record(new AddContributionsOp(id, [.. contributions]));
            Record(new SealOp(id));
            Models.Add(id);
            return id;
        }

        // Adds a work, or, when the rules refuse its parents (a stack over the cap), the same work without them.
        private WorkId AddWork(Work work, IReadOnlyList<AttributionScore>? scores = null)
        {
            try
            {
                Record(new AddWorkOp(work, scores ?? []));
            }
            catch (ArgumentException)
            {
                Record(new AddWorkOp(work with { Parents = [] }, scores ?? []));
            }

            Works.Add(work.Id);
            return work.Id;
        }

        private void Record(GraphOp op)
        {
            op.ApplyTo(Graph);
            Script.Add(op);
        }

        private static string Party(int index) => $"p{index:D5}";

        private static OwnerShare[] SplitSheet(int a, int b, int c)
        {
            var count = 1 + (a % 3);
            var shares = Apportion.Split(Ppm.Whole, new long[] { (b % 7) + 1, (c % 5) + 1, (a % 3) + 1 }.AsSpan(0, count));
            return [.. shares.Select((s, k) => new OwnerShare(P(Party((a + k) % 6)), s))];
        }
    }
}
