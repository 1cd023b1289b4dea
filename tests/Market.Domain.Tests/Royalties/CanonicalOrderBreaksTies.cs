using Market.Domain.Royalties;
using static Market.Domain.Royalties.RoyaltyRole;
using static Market.Domain.Tests.Royalties.TestGraph;

namespace Market.Domain.Tests.Royalties;

public sealed class CanonicalOrderBreaksTies
{
    [Fact]
    public void Collaborators_in_ordinal_party_order_whatever_the_split_sheet_order()
    {
        var graph = new InMemoryRoyaltyGraph();
        graph.AddWork(new OriginalWork(W("w"), [new OwnerShare(P("b"), 500_000), new OwnerShare(P("B"), 500_000)], []));

        // Ordinal: "B" (0x42) sorts before "b" (0x62), so it takes the odd micro.
        graph.Distribute("w", 3).ShouldBe([Paid(Collaborator, "B", 2, Path("work:w")), Paid(Collaborator, "b", 1, Path("work:w"))]);
    }

    [Fact]
    public void Roles_in_the_order_creator_model_owner_pool_base()
    {
        var graph = new InMemoryRoyaltyGraph();
        graph.Original("t", "pt");
        graph.Model("base", "base-op", new OutputTerms(0, 0, 1_000_000), ["t"]);
        graph.Model("m", "op", new OutputTerms(250_000, 250_000, 250_000, 250_000), ["t"], baseModel: "base");
        graph.Generated("g", "m", "maker");

        graph.Distribute("g", 3).Select(p => p.Role).ShouldBe([Creator, ModelOwner, PoolFloor]);
    }

    [Fact]
    public void Ancestors_before_the_work_own_primary_split()
    {
        var graph = new InMemoryRoyaltyGraph();
        graph.Original("a", "pa");
        graph.Original("d", "pd", ("a", 500_000));

        graph.Distribute("d", 1).ShouldBe([Paid(Ancestor, "pa", 1, Path("work:d", "work:a"))]);
    }

    [Fact]
    public void Attributed_contributions_in_ordinal_work_order()
    {
        var graph = new InMemoryRoyaltyGraph();
        graph.Original("z", "pz");
        graph.Original("a", "pa");
        graph.Model("m", "op", new OutputTerms(0, 0, 1_000_000), ["z", "a"], floorPpm: 0);
        graph.Generated("g", "m", "maker", ("z", 1m), ("a", 1m));

        graph.Distribute("g", 3).Select(p => (p.Party, p.AmountMicros)).ShouldBe([(P("pa"), 2L), (P("pz"), 1L)]);
    }
}
