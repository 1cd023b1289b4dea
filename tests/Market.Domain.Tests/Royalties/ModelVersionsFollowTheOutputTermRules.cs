using Market.Domain.Royalties;
using static Market.Domain.Tests.Royalties.TestGraph;

namespace Market.Domain.Tests.Royalties;

public sealed class ModelVersionsFollowTheOutputTermRules
{
    [Theory]
    [InlineData(400_000, 300_000, 200_000, 0, "sum to 900000 ppm")]
    [InlineData(400_000, 300_000, 200_000, 100_000, "no base model")]
    [InlineData(500_000, 350_000, 150_000, 0, "below the fair-pool floor of 200000")]
    [InlineData(-1, 801_001, 200_000, 0, "CreatorPpm must be between 0 and 1,000,000")]
    public void Terms_that_break_a_rule_are_rejected_naming_it(long creator, long owner, long pool, long basePpm, string problem)
    {
        var graph = new InMemoryRoyaltyGraph();

        Should.Throw<ArgumentException>(() => graph.AddModel(new ModelVersion(M("m"), P("op"), new OutputTerms(creator, owner, pool, basePpm))))
            .Message.ShouldContain(problem);
    }

    [Fact]
    public void The_fair_pool_floor_is_the_platform_setting()
    {
        var graph = new InMemoryRoyaltyGraph(RoyaltyPolicy.Default with { FairPoolFloorPpm = 100_000 });

        graph.AddModel(new ModelVersion(M("m"), P("op"), new OutputTerms(500_000, 350_000, 150_000)));

        graph.FindModel(M("m")).ShouldNotBeNull();
    }

    [Fact]
    public void A_base_model_must_exist_and_be_sealed()
    {
        var graph = new InMemoryRoyaltyGraph();
        graph.AddModel(new ModelVersion(M("open"), P("op"), new OutputTerms(0, 0, 1_000_000)));
        var terms = new OutputTerms(400_000, 200_000, 200_000, 200_000);

        Should.Throw<ArgumentException>(() => graph.AddModel(new ModelVersion(M("t1"), P("op"), terms, BaseModel: M("open"))))
            .Message.ShouldContain("base model 'open', which does not exist or is not sealed");
        Should.Throw<ArgumentException>(() => graph.AddModel(new ModelVersion(M("t2"), P("op"), terms, BaseModel: M("ghost"))))
            .Message.ShouldContain("'ghost'");
    }

    [Fact]
    public void An_inclusion_floor_outside_a_share_is_rejected()
    {
        var graph = new InMemoryRoyaltyGraph();

        Should.Throw<ArgumentException>(() => graph.AddModel(new ModelVersion(M("m"), P("op"), new OutputTerms(0, 0, 1_000_000), 1_000_001)))
            .Message.ShouldContain("InclusionFloorPpm");
    }

    [Fact]
    public void A_platform_policy_outside_a_share_is_rejected()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => RoyaltyPolicy.Default with { PlatformPpm = 1_000_001 })
            .Message.ShouldContain("PlatformPpm");
    }
}
