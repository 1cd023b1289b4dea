using CsCheck;
using Market.Domain.Royalties;
using static Market.Domain.Tests.Royalties.TestGraph;

namespace Market.Domain.Tests.Royalties;

// The bound and why it holds: see TieBreakBound.
public sealed class RelabellingMovesEachRecipientByAtMostItsApportionSteps
{
    private static readonly Gen<long> Price = Gen.OneOf(Gen.Long[0, 100], Gen.Long[0, 5_000_000]);

    private static readonly Gen<long> Micros = Gen.OneOf(Gen.Long[0, 1_000], Gen.Long[0, 1_000_000_000_000]);

    private static readonly Gen<(GraphStep[] Steps, long Seed, int Pick, long A, long B)> Case =
        Gen.Select(RandomGraph.Recipe, Gen.Long, Gen.Int[0, 1_000_000], Price, Price);

    [Fact]
    public void In_the_sale_of_any_work()
    {
        Case.Sample((steps, seed, pick, a, b) =>
        {
            var built = RandomGraph.Build(steps);
            var names = Relabelling.Shuffled(built.Script, seed);
            var renamed = built.Script.Replay(names.Apply);
            var asset = built.Works[pick % built.Works.Count];
            var (price, fee) = (Math.Max(a, b), Math.Min(a, b));

            var original = new RoyaltyAllocator(built.Graph, built.Graph.Policy).AllocateSale(asset, price, fee).Parts;
            var moved = new RoyaltyAllocator(renamed, renamed.Policy).AllocateSale(names.Work(asset), price, fee).Parts.Select(names.Restore).ToArray();

            TieBreakBound.ShouldHoldBetween(built.Graph, original, moved, Origin.Sale);
        }, iter: 200);
    }

    // Sales move whole cents, which ties rarely split; arbitrary micros reach the same splits with odd leftovers.
    [Fact]
    public void In_any_amount_carried_into_any_work()
    {
        Gen.Select(RandomGraph.Recipe, Gen.Long, Gen.Int[0, 1_000_000], Micros).Sample((steps, seed, pick, amount) =>
        {
            var built = RandomGraph.Build(steps);
            var names = Relabelling.Shuffled(built.Script, seed);
            var renamed = built.Script.Replay(names.Apply);
            var work = built.Works[pick % built.Works.Count];

            var original = new RoyaltyAllocator(built.Graph, built.Graph.Policy).Distribute(work, amount);
            var moved = new RoyaltyAllocator(renamed, renamed.Policy).Distribute(names.Work(work), amount).Select(names.Restore).ToArray();

            TieBreakBound.ShouldHoldBetween(built.Graph, original, moved, Origin.Distribution);
        }, iter: 200);
    }

    [Fact]
    public void In_the_settlement_of_any_pool()
    {
        Gen.Select(RandomGraph.Recipe, Gen.Long, Gen.Int[0, 1_000_000], Micros).Sample((steps, seed, pick, amount) =>
        {
            var built = RandomGraph.Build(steps);
            if (built.Models.Count == 0)
            {
                return;
            }

            var names = Relabelling.Shuffled(built.Script, seed);
            var renamed = built.Script.Replay(names.Apply);
            var model = built.Models[pick % built.Models.Count];

            var original = new RoyaltyAllocator(built.Graph, built.Graph.Policy).SettlePool(model, amount);
            var moved = new RoyaltyAllocator(renamed, renamed.Policy).SettlePool(names.Model(model), amount).Select(names.Restore).ToArray();

            TieBreakBound.ShouldHoldBetween(built.Graph, original, moved, Origin.Settlement);
        }, iter: 150);
    }

    [Fact]
    public void Renaming_two_equal_collaborators_moves_the_odd_micro_and_nothing_more()
    {
        var graph = new InMemoryRoyaltyGraph();
        graph.AddWork(new OriginalWork(W("w"), [new OwnerShare(P("a"), 500_000), new OwnerShare(P("b"), 500_000)], []));
        var renamed = new InMemoryRoyaltyGraph();
        renamed.AddWork(new OriginalWork(W("w"), [new OwnerShare(P("b"), 500_000), new OwnerShare(P("a"), 500_000)], []));

        // One Apportion on the way: the bound is one micro, and the tie uses it.
        var (before, after) = (graph.Distribute("w", 3), renamed.Distribute("w", 3));
        var named = after.Select(p => p with { Party = p.Party == P("a") ? P("b") : P("a") }).ToArray();
        TieBreakBound.ShouldHoldBetween(graph, before, named, Origin.Distribution).ShouldBe(2);
    }
}
