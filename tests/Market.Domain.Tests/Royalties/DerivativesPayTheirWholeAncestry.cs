using Market.Domain.Royalties;
using static Market.Domain.Royalties.RoyaltyRole;
using static Market.Domain.Tests.Royalties.TestGraph;

namespace Market.Domain.Tests.Royalties;

public sealed class DerivativesPayTheirWholeAncestry
{
    [Fact]
    public void A_chain_pays_each_ancestor_its_own_edge_share_once()
    {
        var graph = new InMemoryRoyaltyGraph();
        graph.Original("a", "pa");
        graph.Original("b", "pb", ("a", 100_000));
        graph.Original("c", "pc", ("b", 50_000));

        // The stack of c is 150,000: a is not paid again through b's own split.
        graph.Distribute("c", 1_000_000).ShouldBe(
        [
            Paid(Ancestor, "pa", 100_000, Path("work:c", "work:a")),
            Paid(Ancestor, "pb", 50_000, Path("work:c", "work:b")),
            Paid(Owner, "pc", 850_000, Path("work:c")),
        ]);
    }

    [Fact]
    public void A_diamond_pays_the_shared_ancestor_through_both_paths()
    {
        var graph = new InMemoryRoyaltyGraph();
        graph.Original("a", "pa");
        graph.Original("b", "pb", ("a", 50_000));
        graph.Original("c", "pc", ("a", 70_000));
        graph.Original("d", "pd", ("b", 100_000), ("c", 100_000));

        Ancestry.Of(graph, W("d")).StackPpm.ShouldBe(320_000);
        graph.Distribute("d", 1_000_000).ShouldBe(
        [
            Paid(Ancestor, "pa", 120_000, Path("work:d", "work:a")),
            Paid(Ancestor, "pb", 100_000, Path("work:d", "work:b")),
            Paid(Ancestor, "pc", 100_000, Path("work:d", "work:c")),
            Paid(Owner, "pd", 680_000, Path("work:d")),
        ]);
    }

    [Fact]
    public void A_generated_ancestor_is_paid_into_its_model_terms()
    {
        var graph = new InMemoryRoyaltyGraph();
        graph.Original("t", "pt");
        graph.Model("m", "op", new OutputTerms(500_000, 300_000, 200_000), ["t"]);
        graph.Generated("g", "m", "maker");
        graph.Original("remix", "pr", ("g", 100_000));

        graph.Distribute("remix", 1_000_000).ShouldBe(
        [
            Paid(Ancestor, "maker", 50_000, Path("work:remix", "work:g")),
            Paid(ModelOwner, "op", 30_000, Path("work:remix", "work:g", "model:m")),
            Floor("m", 20_000, Path("work:remix", "work:g", "model:m", "pool:m")),
            Paid(Owner, "pr", 900_000, Path("work:remix")),
        ]);
    }
}
