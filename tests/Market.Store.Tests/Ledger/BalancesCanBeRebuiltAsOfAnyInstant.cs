using Market.Domain.Ledger;

namespace Market.Store.Tests.Ledger;

public sealed class BalancesCanBeRebuiltAsOfAnyInstant(LedgerFixture fixture) : IClassFixture<LedgerFixture>
{
    [Fact]
    public async Task Each_instant_sees_exactly_the_transactions_that_occurred_before_it()
    {
        var example = new WorkedExample();
        var day1 = WorkedExample.Noon;
        var day8 = day1.AddDays(7);
        await fixture.Ledger.PostAsync(example.Sale(at: day1));
        await fixture.Ledger.PostAsync(example.Sale(at: day1.AddDays(3)));
        await fixture.Ledger.PostAsync(LedgerTransactions.HoldsMatured(example.Creator, 6_500_800, $"holds:{example.Creator}:d8", day8));

        (await fixture.Ledger.BalancesAsOfAsync(example.Creator, day1)).ShouldBe(PartyBalances.Zero);
        (await fixture.Ledger.BalancesAsOfAsync(example.Creator, day1.AddTicks(10))).ShouldBe(PartyBalances.Zero with { PendingMicros = 6_500_800 });
        (await fixture.Ledger.BalancesAsOfAsync(example.Creator, day8)).PendingMicros.ShouldBe(13_001_600);
        (await fixture.Ledger.BalancesAsOfAsync(example.Creator, day8.AddSeconds(1))).ShouldBe(PartyBalances.Zero with { PendingMicros = 6_500_800, AvailableMicros = 6_500_800 });
        (await fixture.Ledger.BalanceAsync(example.Creator)).ShouldBe(await fixture.Ledger.BalancesAsOfAsync(example.Creator, day8.AddYears(1)));
        (await fixture.Ledger.BalanceAsOfAsync(LedgerAccount.PoolFloor(example.Model), day1.AddDays(4))).ShouldBe(2 * 2_437_800);
    }

    [Fact]
    public async Task A_sale_after_the_close_leaves_the_closed_balances_as_they_were()
    {
        var example = new WorkedExample();
        var close = WorkedExample.Noon.AddDays(30);
        await fixture.Ledger.PostAsync(example.Sale(at: WorkedExample.Noon));
        var before = await fixture.Ledger.BalancesAsOfAsync(example.Operator, close);

        await fixture.Ledger.PostAsync(example.Sale(at: close.AddHours(1)));

        (await fixture.Ledger.BalancesAsOfAsync(example.Operator, close)).ShouldBe(before);
        (await fixture.Ledger.BalanceAsync(example.Operator)).PendingMicros.ShouldBe(2 * 4_875_600);
    }
}
