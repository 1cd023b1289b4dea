using Market.Domain.Money;
using Market.Domain.Royalties;
using static Market.Domain.Royalties.RoyaltyRole;
using static Market.Domain.Tests.Royalties.TestGraph;

namespace Market.Domain.Tests.Royalties;

public sealed class SaleAllocationReproducesTheWorkedExample
{
    [Fact]
    public void A_twenty_dollar_generated_piece_splits_to_the_micro()
    {
        var graph = new InMemoryRoyaltyGraph();
        graph.Original("w1", "artist-1");
        graph.Original("w2", "artist-2");
        graph.Original("w3", "artist-3");
        graph.Model("m", "operator", new OutputTerms(400_000, 300_000, 300_000), ["w1", "w2", "w3"]);
        graph.Generated("g", "m", "creator", ("w1", 0.5m), ("w2", 0.3m), ("w3", 0.2m));

        var fee = PaymentFees.Sandbox(2_000);
        var split = new RoyaltyAllocator(graph, RoyaltyPolicy.Default).AllocateSale(W("g"), 2_000, fee);

        fee.ShouldBe(88);
        split.NetMicros.ShouldBe(19_120_000);
        split.PlatformMicros.ShouldBe(2_868_000);
        split.DistributableMicros.ShouldBe(16_252_000);
        var pool = Path("work:g", "model:m", "pool:m");
        split.Parts.ShouldBe(
        [
            new RoyaltyPart(Platform, null, null, Path("work:g"), 2_868_000),
            Paid(Creator, "creator", 6_500_800, Path("work:g")),
            Paid(ModelOwner, "operator", 4_875_600, Path("work:g", "model:m")),
            Floor("m", 2_437_800, pool),
            Paid(Contributor, "artist-1", 1_218_900, pool.ThenWork(W("w1")), 500_000),
            Paid(Contributor, "artist-2", 731_340, pool.ThenWork(W("w2")), 300_000),
            Paid(Contributor, "artist-3", 487_560, pool.ThenWork(W("w3")), 200_000),
        ]);
        split.Parts.Sum(p => p.AmountMicros).ShouldBe(19_120_000);
    }
}
