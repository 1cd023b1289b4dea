using Market.Domain.Ledger;

namespace Market.Store.Tests.Ledger;

public sealed class WorkedExamplePostsEndToEnd(LedgerFixture fixture) : IClassFixture<LedgerFixture>
{
    [Fact]
    public async Task The_twenty_dollar_piece_leaves_every_balance_of_DESIGN_2_2_to_the_micro()
    {
        var example = new WorkedExample();

        await fixture.Ledger.PostAsync(example.Sale());

        (await fixture.Ledger.BalanceAsync(example.Creator)).ShouldBe(PartyBalances.Zero with { PendingMicros = 6_500_800 });
        (await fixture.Ledger.BalanceAsync(example.Operator)).PendingMicros.ShouldBe(4_875_600);
        (await fixture.Ledger.BalanceAsync(LedgerAccount.PoolFloor(example.Model))).ShouldBe(2_437_800);
        (await Pending(example.Artists)).ShouldBe([1_218_900, 731_340, 487_560]);
        (await fixture.Ledger.BalanceAsync(LedgerAccount.PlatformRevenue)).ShouldBeGreaterThanOrEqualTo(2_868_000);
        var revenue = await fixture.Ledger.BalanceAsync(LedgerAccount.PlatformRevenue);
        await fixture.Ledger.PostAsync(example.Sale());
        (await fixture.Ledger.BalanceAsync(LedgerAccount.PlatformRevenue)).ShouldBe(revenue + 2_868_000);
    }

    [Fact]
    public async Task Settling_the_pool_moves_its_floor_to_the_contributors_by_inclusion_weight()
    {
        var example = new WorkedExample();
        await fixture.Ledger.PostAsync(example.Sale());
        var floor = await fixture.Ledger.BalanceAsync(LedgerAccount.PoolFloor(example.Model));

        await fixture.Ledger.PostAsync(LedgerTransactions.PoolSettlement(
            example.Allocator, example.Model, floor, LedgerKeys.PoolSettlement(example.Model, new DateOnly(2026, 3, 3)), WorkedExample.Noon.AddDays(1)));

        (await fixture.Ledger.BalanceAsync(LedgerAccount.PoolFloor(example.Model))).ShouldBe(0);
        (await Pending(example.Artists)).ShouldBe([1_218_900 + 812_600, 731_340 + 812_600, 487_560 + 812_600]);
    }

    private async Task<long[]> Pending(IEnumerable<Market.Domain.Ids.PartyId> parties) =>
        [.. (await fixture.Ledger.BalancesAsync(parties)).OrderBy(p => p.Key.Value, StringComparer.Ordinal).Select(p => p.Value.PendingMicros)];
}
