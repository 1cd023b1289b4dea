using Market.Domain.Royalties;
using static Market.Domain.Royalties.RoyaltyRole;
using static Market.Domain.Tests.Royalties.TestGraph;

namespace Market.Domain.Tests.Royalties;

public sealed class ContributionsPayThroughTheirOwnNodes
{
    [Fact]
    public void A_contributed_derivative_pays_its_ancestors()
    {
        var graph = new InMemoryRoyaltyGraph();
        graph.Original("source", "ps");
        graph.Original("remix", "pr", ("source", 200_000));
        graph.Model("m", "op", new OutputTerms(500_000, 300_000, 200_000), ["remix"], floorPpm: 0);
        graph.Generated("g", "m", "maker", ("remix", 1m));

        var atRemix = Path("work:g", "model:m", "pool:m", "work:remix");
        graph.Distribute("g", 1_000_000).Where(p => p.Role is Contributor or Ancestor).ShouldBe(
        [
            Paid(Ancestor, "ps", 40_000, atRemix.ThenWork(W("source")), 1_000_000),
            Paid(Contributor, "pr", 160_000, atRemix, 1_000_000),
        ]);
    }

    [Fact]
    public void A_contributed_generated_piece_pays_its_own_model()
    {
        var graph = new InMemoryRoyaltyGraph();
        graph.Original("t", "pt");
        graph.Model("m2", "op2", new OutputTerms(500_000, 300_000, 200_000), ["t"]);
        graph.Generated("g2", "m2", "maker2", ("t", 1m));
        graph.Model("m", "op", new OutputTerms(500_000, 300_000, 200_000), ["g2"], floorPpm: 0);
        graph.Generated("g", "m", "maker", ("g2", 1m));

        var atG2 = Path("work:g", "model:m", "pool:m", "work:g2");
        graph.Distribute("g", 1_000_000).Skip(2).ShouldBe(
        [
            Paid(Contributor, "maker2", 100_000, atG2, 1_000_000),
            Paid(ModelOwner, "op2", 60_000, atG2.ThenModel(M("m2")), 1_000_000),
            Floor("m2", 20_000, atG2.ThenModel(M("m2")).ThenPool(M("m2")), 1_000_000),

            // g2's own attribution decides the rest of m2's pool, with its own weight.
            Paid(Contributor, "pt", 20_000, atG2.ThenModel(M("m2")).ThenPool(M("m2")).ThenWork(W("t")), 1_000_000),
        ]);
    }
}
