using Market.Domain.Royalties;
using static Market.Domain.Royalties.RoyaltyRole;
using static Market.Domain.Tests.Royalties.TestGraph;

namespace Market.Domain.Tests.Royalties;

public sealed class FineTunesPayTheirBaseModelLineage
{
    [Fact]
    public void The_base_splits_by_owner_pool_and_base_and_its_pool_goes_by_inclusion_weight()
    {
        var graph = new InMemoryRoyaltyGraph();
        graph.Original("x", "px");
        graph.Original("y", "py");
        graph.Model("base", "base-op", new OutputTerms(500_000, 200_000, 300_000), ["x"]);
        graph.Model("tune", "tune-op", new OutputTerms(400_000, 200_000, 200_000, 200_000), ["y"], baseModel: "base");
        graph.Generated("g", "tune", "maker", ("y", 1m));

        var atTune = Path("work:g", "model:tune");
        var atBase = atTune.ThenModel(M("base"));
        graph.Distribute("g", 1_000_000).ShouldBe(
        [
            Paid(Creator, "maker", 400_000, Path("work:g")),
            Paid(ModelOwner, "tune-op", 200_000, atTune),
            Floor("tune", 100_000, atTune.ThenPool(M("tune"))),
            Paid(Contributor, "py", 100_000, atTune.ThenPool(M("tune")).ThenWork(W("y")), 1_000_000),

            // 200,000 into the base by [owner 200,000, pool 300,000, base 0]: no creator there.
            Paid(ModelOwner, "base-op", 80_000, atBase),
            Floor("base", 120_000, atBase.ThenPool(M("base"))),
        ]);
    }

    [Fact]
    public void A_lineage_of_two_bases_carries_each_base_share_one_level_further()
    {
        var graph = new InMemoryRoyaltyGraph();
        graph.Original("x", "px");
        graph.Model("root", "root-op", new OutputTerms(500_000, 200_000, 300_000), ["x"]);
        graph.Model("mid", "mid-op", new OutputTerms(400_000, 200_000, 200_000, 200_000), ["x"], baseModel: "root");
        graph.Model("tune", "tune-op", new OutputTerms(400_000, 200_000, 200_000, 200_000), ["x"], baseModel: "mid");
        graph.Generated("g", "tune", "maker");

        var atMid = Path("work:g", "model:tune", "model:mid");
        var atRoot = atMid.ThenModel(M("root"));
        var parts = graph.Distribute("g", 1_000_000);

        // 200,000 into mid by [200k, 200k, 200k]: 66,666.67 each, the two leftover units in role order.
        parts.Skip(3).ShouldBe(
        [
            Paid(ModelOwner, "mid-op", 66_667, atMid),
            Floor("mid", 66_667, atMid.ThenPool(M("mid"))),
            Paid(ModelOwner, "root-op", 26_666, atRoot),
            Floor("root", 40_000, atRoot.ThenPool(M("root"))),
        ]);
        parts.Sum(p => p.AmountMicros).ShouldBe(1_000_000);
    }
}
