using Market.Domain.Ids;
using Market.Domain.Ledger;
using Market.Domain.Royalties;
using static Market.Domain.Tests.Ledger.LedgerSamples;
using static Market.Domain.Tests.Royalties.TestGraph;

namespace Market.Domain.Tests.Ledger;

public sealed class PoolSettlementsAndHoldsMoveBalances
{
    [Fact]
    public void Settling_the_worked_example_floor_pays_each_contribution_by_inclusion_weight()
    {
        var graph = WorkedExampleGraph();
        var sale = WorkedExampleSale();

        var settlement = LedgerTransactions.PoolSettlement(
            new RoyaltyAllocator(graph, graph.Policy), M("m"), 2_437_800, LedgerKeys.PoolSettlement(M("m"), new DateOnly(2026, 3, 2)), Noon);

        settlement.IdempotencyKey.ShouldBe("pool-settlement:m:2026-03-02");
        settlement.References.Pool.ShouldBe(M("m"));
        Balance(LedgerAccount.PoolFloor(M("m")), sale, settlement).ShouldBe(0);
        Balance(PendingOf("artist-1"), settlement).ShouldBe(812_600);
        Balance(PendingOf("artist-1"), sale, settlement).ShouldBe(1_218_900 + 812_600);
        settlement.Postings.Where(p => p.IsPart).ShouldAllBe(p => p.Role == RoyaltyRole.Contributor && p.Path!.Steps[0].Kind == NodeKind.Pool);
    }

    [Fact]
    public void A_settlement_whose_parts_miss_the_floor_is_rejected()
    {
        RoyaltyPart[] parts = [Paid(RoyaltyRole.Contributor, "a", 10, Path("pool:m", "work:w1"))];

        Should.Throw<LedgerRuleException>(() => LedgerTransactions.PoolSettlement(M("m"), 11, parts, "pool-settlement:m:x", Noon))
            .Message.ShouldContain("its parts sum to 10");
    }

    [Fact]
    public void Maturing_holds_moves_pending_to_available()
    {
        var party = new PartyId("creator");
        var sale = WorkedExampleSale();

        var matured = LedgerTransactions.HoldsMatured(party, 6_500_800, LedgerKeys.HoldsMatured(party, 6_500_800), Noon.AddDays(7));

        Balance(LedgerAccount.Pending(party), sale, matured).ShouldBe(0);
        Balance(LedgerAccount.Available(party), sale, matured).ShouldBe(6_500_800);
        Should.Throw<LedgerRuleException>(() => LedgerTransactions.HoldsMatured(party, 0, "holds:x", Noon));
    }
}
