using Market.Domain.Royalties;
using static Market.Domain.Royalties.RoyaltyRole;
using static Market.Domain.Tests.Royalties.TestGraph;

namespace Market.Domain.Tests.Royalties;

public sealed class PoolsWithoutAttributionGoWhollyByInclusionWeight
{
    [Fact]
    public void The_whole_pool_share_is_one_floor_part()
    {
        var graph = new InMemoryRoyaltyGraph();
        graph.Original("t1", "p1");
        graph.Original("t2", "p2");
        graph.Model("m", "op", new OutputTerms(400_000, 300_000, 300_000), ["t1", "t2"]);
        graph.Generated("g", "m", "maker");

        graph.Distribute("g", 1_000_000).ShouldBe(
        [
            Paid(Creator, "maker", 400_000, Path("work:g")),
            Paid(ModelOwner, "op", 300_000, Path("work:g", "model:m")),
            Floor("m", 300_000, Path("work:g", "model:m", "pool:m")),
        ]);
    }

    [Fact]
    public void A_full_inclusion_floor_leaves_nothing_to_attribution()
    {
        var graph = new InMemoryRoyaltyGraph();
        graph.Original("t1", "p1");
        graph.Model("m", "op", new OutputTerms(400_000, 300_000, 300_000), ["t1"], floorPpm: 1_000_000);
        graph.Generated("g", "m", "maker", ("t1", 1m));

        graph.Distribute("g", 1_000_000)[^1].ShouldBe(Floor("m", 300_000, Path("work:g", "model:m", "pool:m")));
    }
}
