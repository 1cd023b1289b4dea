using CsCheck;
using Market.Domain.Royalties;

namespace Market.Domain.Tests.Royalties;

public sealed class RandomGraphsAllocateExactly
{
    private static readonly Gen<(GraphStep[] Steps, int Pick, long A, long B)> Sale =
        Gen.Select(RandomGraph.Recipe, Gen.Int[0, 1_000_000], Gen.Long[0, 5_000_000], Gen.Long[0, 5_000_000]);

    [Fact]
    public void The_parts_of_a_sale_sum_to_its_net_and_none_is_negative_or_zero()
    {
        Sale.Sample((steps, pick, a, b) =>
        {
            var split = Allocate(RandomGraph.Build(steps), pick, a, b);
            split.Parts.Sum(p => p.AmountMicros).ShouldBe(split.NetMicros);
            split.Parts.ShouldAllBe(p => p.AmountMicros > 0);
            split.Parts.ShouldAllBe(p => p.Role == RoyaltyRole.Platform ? p.Party == null && p.Pool == null
                : p.Role == RoyaltyRole.PoolFloor ? p.Party == null && p.Pool != null
                : p.Party != null && p.Pool == null);
        }, iter: 400);
    }

    [Fact]
    public void The_same_graph_and_sale_give_the_same_parts()
    {
        Sale.Sample((steps, pick, a, b) =>
        {
            var built = RandomGraph.Build(steps);
            var once = Allocate(built, pick, a, b).Parts;
            once.ShouldBe(Allocate(built, pick, a, b).Parts);
            once.ShouldBe(Allocate(RandomGraph.Build(steps), pick, a, b).Parts);
        }, iter: 200);
    }

    [Fact]
    public void Settling_any_pool_pays_out_exactly_what_it_holds()
    {
        Sale.Sample((steps, _, amount, _) =>
        {
            var built = RandomGraph.Build(steps);
            var allocator = new RoyaltyAllocator(built.Graph, built.Graph.Policy);
            foreach (var model in built.Models)
            {
                var parts = allocator.SettlePool(model, amount);
                parts.Sum(p => p.AmountMicros).ShouldBe(amount);
                parts.ShouldAllBe(p => p.AmountMicros > 0);
            }
        }, iter: 200);
    }

    [Fact]
    public void The_same_pool_and_amount_settle_to_the_same_parts()
    {
        Sale.Sample((steps, pick, amount, _) =>
        {
            var (first, second) = (RandomGraph.Build(steps), RandomGraph.Build(steps));
            if (first.Models.Count == 0)
            {
                return;
            }

            var model = first.Models[pick % first.Models.Count];
            new RoyaltyAllocator(first.Graph, first.Graph.Policy).SettlePool(model, amount)
                .ShouldBe(new RoyaltyAllocator(second.Graph, second.Graph.Policy).SettlePool(model, amount));
        }, iter: 150);
    }

    private static SaleSplit Allocate(BuiltGraph built, int pick, long a, long b) =>
        new RoyaltyAllocator(built.Graph, built.Graph.Policy).AllocateSale(built.Works[pick % built.Works.Count], Math.Max(a, b), Math.Min(a, b));
}
