using Market.Domain.Royalties;
using static Market.Domain.Tests.Royalties.TestGraph;

namespace Market.Domain.Tests.Royalties;

/// <summary>Paths share their prefixes in memory; equality, hashing and labels still go by the steps alone.</summary>
public sealed class RoyaltyPathsAreEqualWhenTheirStepsAre
{
    private static readonly RoyaltyPath Built = RoyaltyPath.Empty.ThenWork(W("g1")).ThenModel(M("m1")).ThenPool(M("m1")).ThenWork(W("w7"));

    [Fact]
    public void A_path_built_step_by_step_equals_the_same_steps_read_back_from_labels()
    {
        var stored = Path("work:g1", "model:m1", "pool:m1", "work:w7");

        stored.ShouldBe(Built);
        stored.GetHashCode().ShouldBe(Built.GetHashCode());
        Built.ToLabels().ShouldBe(["work:g1", "model:m1", "pool:m1", "work:w7"]);
        Built.ToString().ShouldBe("work:g1 > model:m1 > pool:m1 > work:w7");
        Built.Steps[2].ShouldBe(new PathStep(NodeKind.Pool, "m1"));
    }

    [Fact]
    public void Paths_differing_in_length_or_in_any_step_are_not_equal()
    {
        Built.ShouldNotBe(Path("work:g1", "model:m1", "pool:m1"));
        Path("work:g1", "model:m1", "pool:m1").ShouldNotBe(Built);
        Built.ShouldNotBe(Path("work:g1", "model:m1", "pool:m1", "work:w8"));
        Built.ShouldNotBe(Path("work:g2", "model:m1", "pool:m1", "work:w7"));
        Built.ShouldNotBe(Path("work:g1", "model:m1", "model:m1", "work:w7"));
        RoyaltyPath.Empty.ShouldNotBe(Built);
        RoyaltyPath.Of([]).ShouldBe(RoyaltyPath.Empty);
        RoyaltyPath.Empty.Steps.ShouldBeEmpty();
    }
}
