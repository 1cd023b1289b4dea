using Market.Domain.Ids;
using Market.Domain.Royalties;
using static Market.Domain.Royalties.RoyaltyRole;
using static Market.Domain.Tests.Royalties.TestGraph;

namespace Market.Domain.Tests.Royalties;

public sealed class PoolSettlementPaysContributionsByInclusionWeight
{
    [Fact]
    public void Each_contribution_gets_its_weight_share_through_its_own_node()
    {
        var graph = new InMemoryRoyaltyGraph();
        graph.Original("src", "ps");
        graph.Original("a", "pa");
        graph.Original("b", "pb", ("src", 500_000));
        graph.AddModel(new ModelVersion(M("m"), P("op"), new OutputTerms(0, 0, 1_000_000)));
        graph.AddContributions(M("m"), [new Contribution(W("b"), 3), new Contribution(W("a"), 1)]);
        graph.Seal(M("m"));

        new RoyaltyAllocator(graph, graph.Policy).SettlePool(M("m"), 400).ShouldBe(
        [
            Paid(Contributor, "pa", 100, Path("pool:m", "work:a")),
            Paid(Ancestor, "ps", 150, Path("pool:m", "work:b", "work:src")),
            Paid(Contributor, "pb", 150, Path("pool:m", "work:b")),
        ]);
    }

    [Fact]
    public void Ties_go_to_the_contribution_first_in_canonical_order_not_upload_order()
    {
        var graph = new InMemoryRoyaltyGraph();
        foreach (var id in new[] { "c", "a", "b" })
        {
            graph.Original(id, "p" + id);
        }

        graph.Model("m", "op", new OutputTerms(0, 0, 1_000_000), ["c", "a", "b"]);

        new RoyaltyAllocator(graph, graph.Policy).SettlePool(M("m"), 100)
            .Select(p => (p.Party, p.AmountMicros)).ShouldBe([(P("pa"), 34L), (P("pb"), 33L), (P("pc"), 33L)]);
    }

    [Fact]
    public void An_unsealed_pool_cannot_be_settled()
    {
        var graph = new InMemoryRoyaltyGraph();
        graph.Original("a", "pa");
        graph.AddModel(new ModelVersion(M("m"), P("op"), new OutputTerms(0, 0, 1_000_000)));
        graph.AddContributions(M("m"), [new Contribution(W("a"))]);

        Should.Throw<InvalidOperationException>(() => new RoyaltyAllocator(graph, graph.Policy).SettlePool(M("m"), 100))
            .Message.ShouldContain("not sealed");
    }

    [Fact]
    public void A_million_member_pool_settles_exactly()
    {
        var graph = new InMemoryRoyaltyGraph();
        graph.AddModel(new ModelVersion(M("big"), P("op"), new OutputTerms(0, 0, 1_000_000)));
        var works = Enumerable.Range(0, 1_000_000).Select(i => new WorkId($"w{i:D7}")).ToArray();
        foreach (var work in works)
        {
            graph.AddWork(OriginalWork.OwnedBy(work, P("owner-" + (work.Value[^1]))));
        }

        graph.AddContributions(M("big"), works.Select((w, i) => new Contribution(w, 1 + (i % 1_000)))).Accepted.ShouldBe(1_000_000);
        graph.Seal(M("big"));

        var parts = new RoyaltyAllocator(graph, graph.Policy).SettlePool(M("big"), 123_456_789_012);

        parts.Sum(p => p.AmountMicros).ShouldBe(123_456_789_012);
        parts.Count.ShouldBe(1_000_000);
    }
}
