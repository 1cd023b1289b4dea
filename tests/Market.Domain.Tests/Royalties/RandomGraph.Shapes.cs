using Market.Domain.Ids;
using Market.Domain.Money;
using Market.Domain.Royalties;
using static Market.Domain.Tests.Royalties.TestGraph;

namespace Market.Domain.Tests.Royalties;

internal static partial class RandomGraph
{
    private sealed partial class Builder
    {
        // Two to six links, each a derivative of the one before with a small share so the stack
        // fits the cap; now and then a link is a generated piece (a derivative with model terms).
        public void AddChain(GraphStep step)
        {
            var previous = Works[step.B % Works.Count];
            for (var k = 0; k < 2 + (step.A % 5); k++)
            {
                ParentEdge[] parents = [new ParentEdge(previous, 1 + Noise.Below(60_000L, step.C, k))];
                previous = Models.Count > 0 && Noise.Below(3, step.C, k, 1) == 0
                    ? AddGeneratedOn(Models[Noise.Below(Models.Count, step.C, k, 2)], P(Party(k % 6)), step.A + k, step.C + k, parents)
                    : AddWork(new OriginalWork(NextWork, SplitSheet(step.A + k, step.B, step.C), parents));
            }
        }

        // top ← left, top ← right, and bottom ← both: the top is in bottom's ancestry by two paths.
        public void AddDiamond(GraphStep step)
        {
            var top = Works[step.A % Works.Count];
            long Share(int k) => 1 + Noise.Below(100_000L, step.B, step.C, k);
            var left = AddWork(new OriginalWork(NextWork, SplitSheet(step.A, step.B, step.C), [new ParentEdge(top, Share(0))]));
            var right = AddWork(new OriginalWork(NextWork, SplitSheet(step.B, step.C, step.A), [new ParentEdge(top, Share(1))]));
            AddWork(new OriginalWork(NextWork, SplitSheet(step.C, step.A, step.B), [new ParentEdge(left, Share(2)), new ParentEdge(right, Share(3))]));
        }

        // A root (new, or an existing model for a longer lineage), a fine-tune of it and a fine-tune
        // of that, each with a base share and a pool of its own; then a piece made with the last.
        public void AddLineage(GraphStep step)
        {
            var root = Models.Count > 0 && step.A % 3 == 0
                ? Models[step.B % Models.Count]
                : AddSealedModel(Terms(step.A, withBase: false), step.B % (Ppm.Whole + 1), null, P(Party(step.A % 6)), SmallPool(step, 0));
            var middle = AddSealedModel(Terms(step.B, withBase: true), step.C % (Ppm.Whole + 1), root, P(Party(step.B % 6)), SmallPool(step, 1));
            var tune = AddSealedModel(Terms(step.C, withBase: true), step.A % (Ppm.Whole + 1), middle, P(Party(step.C % 6)), SmallPool(step, 2));
            AddGeneratedOn(tune, P(Party((step.A + step.C) % 6)), step.C, step.A, []);
        }

        // A pool of exactly A members: a few existing works (a contributed derivative pays its
        // ancestors, a contributed piece its own model), the rest fresh works with one owner each
        // from a set of up to 200 parties, one in sixteen a derivative. Inclusion weights are mostly
        // the default 1, so remainders tie and canonical order decides. Then a piece made with it,
        // its attribution shape chosen by C as in AddGeneratedOn (C % 4 == 3: every member).
        public void AddBulkPool(GraphStep step)
        {
            var existing = Math.Min(Math.Min(Works.Count, step.A), 1 + (step.C % 5));
            var members = Enumerable.Range(0, existing).Select(k => Works[Noise.Below(Works.Count, step.B, k)]).Distinct().ToList();
            var parties = 1 + Noise.Below(Math.Min(step.A, 200), step.B, step.C);
            var known = Works.Count;
            while (members.Count < step.A)
            {
                var m = members.Count;
                ParentEdge[] parents = m % 16 == 5 ? [new ParentEdge(Works[Noise.Below(known, step.B, m)], 1 + Noise.Below(200_000L, step.C, m))] : [];
                members.Add(AddWork(OriginalWork.OwnedBy(NextWork, P(Party(6 + (m % parties))), parents)));
            }

            var weights = members.Select((w, m) => new Contribution(w, (m % 4) switch
            {
                0 => 1 + Noise.Below(Contribution.MaxInclusionWeight, step.B, m, 3),
                1 => 1 + Noise.Below(3L, step.B, m, 3),
                _ => 1,
            }));
            ModelId? baseModel = Models.Count > 0 && Noise.Below(2, step.B, step.C, 4) == 0 ? Models[step.B % Models.Count] : null;
            var floor = Noise.Below(5, step.B, step.C, 5) switch { 0 => 0, 1 => Ppm.Whole, _ => Noise.Below(Ppm.Whole + 1, step.B, step.C, 6) };
            var model = AddSealedModel(Terms(step.B, baseModel is not null), floor, baseModel, P(Party(step.C % 6)), weights);
            AddGeneratedOn(model, P(Party(step.B % 6)), step.C, step.B, []);
        }

        private IEnumerable<Contribution> SmallPool(GraphStep step, int level) =>
            Enumerable.Range(0, 1 + Noise.Below(3, step.A, step.B, level))
                .Select(k => new Contribution(Works[Noise.Below(Works.Count, step.C, level, k)], 1 + Noise.Below(10L, step.A, level, k)))
                .DistinctBy(c => c.Work);

        // A pool share of 200,000 to 600,000 ppm; with a base, a base share of at least 1 ppm.
        private static OutputTerms Terms(long seed, bool withBase)
        {
            var pool = 200_000 + Noise.Below(400_001L, seed, 5);
            var rest = Ppm.Whole - pool;
            var basePpm = withBase ? 1 + Noise.Below(rest, seed, 6) : 0;
            var creator = Noise.Below(rest - basePpm + 1, seed, 7);
            return new OutputTerms(creator, rest - basePpm - creator, pool, basePpm);
        }
    }
}
