using CsCheck;
using Market.Domain.Ids;
using Market.Domain.Royalties;

namespace Market.Domain.Tests.Royalties;

/// <summary>
/// Raising a share on a split sheet or on a parent edge, in a random graph, never lowers what that
/// share pays. Why each case is a single Apportion's monotonicity
/// (<see cref="ApportionNeverLowersAPartWhoseWeightRises"/>) is in each test.
/// </summary>
public sealed class RaisingAnOwnerOrParentShareNeverLowersWhatItReceives
{
    private static readonly Gen<long> Price = Gen.OneOf(Gen.Long[0, 100], Gen.Long[0, 5_000_000]);

    private static readonly Gen<(GraphStep[] Steps, int Pick, int Other, long Delta, long A, long B)> Case =
        Gen.Select(RandomGraph.Recipe, Gen.Int[0, 1_000_000], Gen.Int[0, 1_000_000], Gen.Long[1, 1_000_000], Price, Price);

    // Nothing in the graph depends on a split sheet but the split itself: every amount that reaches
    // the work's primary split is the same, and the owner's part of each is monotone because the
    // others give the difference up without any of them rising. Whatever else the owner earns is
    // untouched, so the owner's whole take from any sale or settlement cannot fall.
    [Fact]
    public void An_owner_whose_share_rises_as_the_others_give_it_up_takes_no_less_from_any_sale_or_settlement()
    {
        Case.Sample((steps, pick, other, delta, a, b) =>
        {
            var built = RandomGraph.Build(steps);
            var sheets = built.Script.Ops.OfType<AddWorkOp>().Where(op => op.Work is OriginalWork { Owners.Count: > 1 }).ToArray();
            if (sheets.Length == 0)
            {
                return;
            }

            var target = sheets[pick % sheets.Length];
            var work = (OriginalWork)target.Work;
            var owner = other % work.Owners.Count;
            var spare = WeightRaises.Spare([.. work.Owners.Select(o => o.SharePpm)], owner);
            if (spare == 0)
            {
                return;
            }

            var raised = built.Script.ReplayWith(target, target with { Work = WeightRaises.WithOwnerRaised(work, owner, 1 + ((delta - 1) % spare)) });
            var party = work.Owners[owner].Party;
            var (price, fee) = (Math.Max(a, b), Math.Min(a, b));
            foreach (var asset in new[] { work.Id, built.Works[other % built.Works.Count] })
            {
                Take(Sale(raised, asset, price, fee), party).ShouldBeGreaterThanOrEqualTo(Take(Sale(built.Graph, asset, price, fee), party), $"selling '{asset}'");
            }

            if (built.Models.Count > 0)
            {
                var model = built.Models[pick % built.Models.Count];
                Take(Settle(raised, model, price), party).ShouldBeGreaterThanOrEqualTo(Take(Settle(built.Graph, model, price), party), $"settling '{model}'");
            }
        }, iter: 150);
    }

    // Selling the child X: its ancestry split is Apportion(D, [shares…, 1,000,000 − stack]), where
    // the parent's share rises by δ, the rest falls by δ and every other ancestor is fixed; D, the
    // distributable, does not depend on the graph. So the parent's take from that split cannot fall.
    // Its take over the whole sale is not asserted: the stack comes out of X's own primary split,
    // which can reach the parent again by other routes (a pool whose contributions derive from it),
    // and those routes run through further splits that a smaller total can round either way.
    [Fact]
    public void A_parent_whose_edge_share_rises_takes_no_less_from_the_sale_of_its_child()
    {
        Case.Sample((steps, pick, _, delta, a, b) =>
        {
            var built = RandomGraph.Build(steps);
            var edges = WeightRaises.Edges(built.Script).ToArray();
            if (edges.Length == 0)
            {
                return;
            }

            var (op, child, edge) = edges[pick % edges.Length];
            var slack = WeightRaises.StackSlack(built.Graph, child);
            if (slack <= 0)
            {
                return;
            }

            var raised = built.Script.ReplayWith(op, WeightRaises.WithEdgeRaised(op, edge.Parent, 1 + ((delta - 1) % slack)));
            var (price, fee) = (Math.Max(a, b), Math.Min(a, b));
            AsAncestor(Sale(raised, child, price, fee), child, edge.Parent)
                .ShouldBeGreaterThanOrEqualTo(AsAncestor(Sale(built.Graph, child, price, fee), child, edge.Parent));
        }, iter: 200);
    }

    private static IReadOnlyList<RoyaltyPart> Sale(InMemoryRoyaltyGraph graph, WorkId asset, long price, long fee) =>
        new RoyaltyAllocator(graph, graph.Policy).AllocateSale(asset, price, fee).Parts;

    private static IReadOnlyList<RoyaltyPart> Settle(InMemoryRoyaltyGraph graph, ModelId model, long minor) =>
        new RoyaltyAllocator(graph, graph.Policy).SettlePool(model, minor * 10_000);

    private static long Take(IEnumerable<RoyaltyPart> parts, PartyId party) => parts.Where(p => p.Party == party).Sum(p => p.AmountMicros);

    private static long AsAncestor(IEnumerable<RoyaltyPart> parts, WorkId child, WorkId parent) => parts
        .Where(p => p.Path.Steps.Count > 1 && p.Path.Steps[0] == Step(child) && p.Path.Steps[1] == Step(parent))
        .Sum(p => p.AmountMicros);

    private static PathStep Step(WorkId work) => new(NodeKind.Work, work.Value);
}
