using Market.Domain.Ledger;

namespace Market.Store.Tests.Ledger;

public sealed class InvariantCheckPassesACleanLedger(LedgerFixture fixture) : IClassFixture<LedgerFixture>
{
    [Fact]
    public async Task Sales_refunds_corrections_settlements_and_holds_break_nothing()
    {
        var before = (await fixture.Invariants.CheckAsync()).Transactions;
        var example = new WorkedExample();
        var sales = (await fixture.Ledger.PostManyAsync([.. Enumerable.Range(0, 30).Select(_ => example.Sale())])).Select(a => a.Transaction).ToList();
        var refund = LedgerTransactions.Refund(sales[0], [], 700, $"refund:r1:{sales[0].Id}", WorkedExample.Noon.AddDays(1));
        await fixture.Ledger.PostAsync(refund);
        await fixture.Ledger.PostAsync(LedgerTransactions.Refund(sales[0], [refund], 1_300, $"refund:r2:{sales[0].Id}", WorkedExample.Noon.AddDays(2)));
        var correction = LedgerTransactions.Reversal(sales[1], [], LedgerKeys.Reversal(sales[1].IdempotencyKey, 1), WorkedExample.Noon, "duplicate");
        await fixture.Ledger.PostAsync(correction);
        await fixture.Ledger.PostAsync(LedgerTransactions.Reversal(correction, [], LedgerKeys.Reversal(correction.IdempotencyKey, 1), WorkedExample.Noon, "undo"));
        var floor = await fixture.Ledger.BalanceAsync(LedgerAccount.PoolFloor(example.Model));
        await fixture.Ledger.PostAsync(LedgerTransactions.PoolSettlement(example.Allocator, example.Model, floor, $"settle:{example.Model}", WorkedExample.Noon.AddDays(1)));
        await fixture.Ledger.PostAsync(LedgerTransactions.HoldsMatured(example.Creator, 1_000_000, $"holds:{example.Creator}", WorkedExample.Noon.AddDays(7)));

        var report = await fixture.Invariants.CheckAsync();

        report.Violations.ShouldBeEmpty();
        report.Ok.ShouldBeTrue();
        report.Transactions.ShouldBe(before + 36);
    }

    [Fact]
    public async Task A_check_beside_live_appends_sees_one_consistent_snapshot()
    {
        var example = new WorkedExample();
        using var stop = new CancellationTokenSource();
        var appending = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await fixture.Ledger.PostManyAsync([.. Enumerable.Range(0, 20).Select(_ => example.Sale())]);
            }
        });

        var reports = new List<Market.Store.Ledger.LedgerCheckReport>();
        for (var i = 0; i < 5; i++)
        {
            await Task.Delay(100);
            reports.Add(await fixture.Invariants.CheckAsync());
        }

        await stop.CancelAsync();
        await appending;
        reports.ShouldAllBe(r => r.Ok);
        reports[^1].Transactions.ShouldBeGreaterThan(reports[0].Transactions);
    }
}
