using CsCheck;
using Market.Domain.Royalties;

namespace Market.Domain.Tests.Royalties;

/// <summary>
/// The same inputs give the same parts even when they arrive in another order: split sheets,
/// parents, training sets and attribution entries are all put in canonical order before any split.
/// </summary>
public sealed class InputOrderDoesNotChangeTheParts
{
    private static readonly Gen<(GraphStep[] Steps, int Pick, long A, long B)> Case =
        Gen.Select(RandomGraph.Recipe, Gen.Int[0, 1_000_000], Gen.Long[0, 5_000_000], Gen.Long[0, 5_000_000]);

    [Fact]
    public void A_sale_splits_the_same_whatever_order_its_graph_was_sent_in()
    {
        Case.Sample((steps, pick, a, b) =>
        {
            var built = RandomGraph.Build(steps);
            var reversed = built.Script.Replay(InputOrder.Reversed);
            var asset = built.Works[pick % built.Works.Count];
            var (price, fee) = (Math.Max(a, b), Math.Min(a, b));

            new RoyaltyAllocator(reversed, reversed.Policy).AllocateSale(asset, price, fee).Parts
                .ShouldBe(new RoyaltyAllocator(built.Graph, built.Graph.Policy).AllocateSale(asset, price, fee).Parts);
        }, iter: 150);
    }

    [Fact]
    public void A_pool_settles_the_same_whatever_order_its_training_set_was_uploaded_in()
    {
        Case.Sample((steps, pick, amount, _) =>
        {
            var built = RandomGraph.Build(steps);
            if (built.Models.Count == 0)
            {
                return;
            }

            var reversed = built.Script.Replay(InputOrder.Reversed);
            var model = built.Models[pick % built.Models.Count];

            new RoyaltyAllocator(reversed, reversed.Policy).SettlePool(model, amount)
                .ShouldBe(new RoyaltyAllocator(built.Graph, built.Graph.Policy).SettlePool(model, amount));
        }, iter: 100);
    }
}
