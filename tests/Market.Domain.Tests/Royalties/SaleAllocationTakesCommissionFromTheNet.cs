using CsCheck;
using Market.Domain.Money;
using Market.Domain.Royalties;
using static Market.Domain.Tests.Royalties.TestGraph;

namespace Market.Domain.Tests.Royalties;

public sealed class SaleAllocationTakesCommissionFromTheNet
{
    private static readonly InMemoryRoyaltyGraph Graph = OneWork();

    [Fact]
    public void An_original_work_pays_its_owner_what_the_commission_leaves()
    {
        var split = new RoyaltyAllocator(Graph, RoyaltyPolicy.Default).AllocateSale(W("w"), 1_000, 59);

        split.NetMicros.ShouldBe(9_410_000);
        split.Parts.Select(p => (p.Role, p.AmountMicros)).ShouldBe([(RoyaltyRole.Platform, 1_411_500L), (RoyaltyRole.Owner, 7_998_500L)]);
    }

    [Fact]
    public void Under_any_commission_the_parts_sum_to_the_net()
    {
        Gen.Select(Gen.Long[0, 1_000_000], Gen.Long[0, 1_000_000], Gen.Long[0, Ppm.Whole]).Sample((a, b, platformPpm) =>
        {
            var policy = RoyaltyPolicy.Default with { PlatformPpm = platformPpm };
            var split = new RoyaltyAllocator(Graph, policy).AllocateSale(W("w"), Math.Max(a, b), Math.Min(a, b));
            split.Parts.Sum(p => p.AmountMicros).ShouldBe(split.NetMicros);
            split.NetMicros.ShouldBe((Math.Max(a, b) - Math.Min(a, b)) * 10_000);
        }, iter: 500);
    }

    [Fact]
    public void A_fee_above_the_price_is_rejected()
    {
        var error = Should.Throw<ArgumentException>(() => new RoyaltyAllocator(Graph, RoyaltyPolicy.Default).AllocateSale(W("w"), 20, 31));
        error.Message.ShouldContain("exceeds the line's price");
    }

    [Fact]
    public void An_unknown_asset_is_rejected()
    {
        Should.Throw<KeyNotFoundException>(() => new RoyaltyAllocator(Graph, RoyaltyPolicy.Default).AllocateSale(W("nope"), 20, 1))
            .Message.ShouldContain("'nope'");
    }

    private static InMemoryRoyaltyGraph OneWork()
    {
        var graph = new InMemoryRoyaltyGraph();
        graph.Original("w", "artist");
        return graph;
    }
}
