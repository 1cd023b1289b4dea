using CsCheck;

namespace Market.Domain.Tests.Royalties;

/// <summary>
/// The generators produce what the random-graph properties claim to cover. Each threshold is far
/// below what the sample sizes make likely (expected counts in the comments), so a pass is not luck.
/// </summary>
public sealed class RandomGraphsReachEveryShape
{
    [Fact]
    public void Bulk_pool_sizes_stay_mostly_small_yet_reach_ten_thousand()
    {
        var sizes = new List<int>();
        RandomGraph.BulkPoolSize.Sample(size =>
        {
            lock (sizes)
            {
                sizes.Add(size);
            }
        }, iter: 5_000);

        sizes.ShouldAllBe(s => s >= 1 && s <= RandomGraph.MaxPool);
        sizes.Count(s => s <= 30).ShouldBeGreaterThan(3_000); // ~3,500
        sizes.Count(s => s > 500).ShouldBeGreaterThan(200); // ~400
        sizes.Count(s => s == RandomGraph.MaxPool).ShouldBeGreaterThan(30); // ~100
    }

    [Fact]
    public void Built_graphs_have_chains_diamonds_lineages_large_pools_and_every_kind_of_attribution()
    {
        var shapes = new List<GraphShape>();
        RandomGraph.Recipe.Sample(steps =>
        {
            var shape = GraphShape.Of(RandomGraph.Build(steps));
            lock (shapes)
            {
                shapes.Add(shape);
            }
        }, iter: 300);

        shapes.Count(s => s.LongestChain >= 4).ShouldBeGreaterThan(100); // ~250 of 300
        shapes.Count(s => s.Diamonds > 0).ShouldBeGreaterThan(100); // ~225
        shapes.Count(s => s.DeepestLineage >= 2).ShouldBeGreaterThan(80); // ~190: a fine-tune of a fine-tune
        shapes.Count(s => s.LargestPool >= 1_000).ShouldBeGreaterThan(0); // ~14
        shapes.Count(s => s.DenseAttributions > 0).ShouldBeGreaterThan(80); // ~200
        shapes.Count(s => s.SparseAttributions > 0).ShouldBeGreaterThan(80); // ~190
        shapes.Count(s => s.ZeroScores > 0).ShouldBeGreaterThan(80); // ~180
    }
}
