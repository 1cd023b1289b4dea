using Market.Domain.Ledger;
using Market.Store.Ledger;

namespace Market.Store.Tests.Ledger;

public sealed class RefundsReverseExactly(LedgerFixture fixture) : IClassFixture<LedgerFixture>
{
    [Fact]
    public async Task A_quarter_refund_then_the_rest_reverse_every_part_and_book_the_fee_as_a_cost()
    {
        var example = new WorkedExample();
        var sale = (await fixture.Ledger.PostAsync(example.Sale())).Transaction;

        var quarter = LedgerTransactions.Refund(sale, await fixture.Ledger.GetReversalsAsync(sale.Id), 500, $"refund:a-{sale.Id}:l1", WorkedExample.Noon.AddDays(1));
        await fixture.Ledger.PostAsync(quarter);

        (await fixture.Ledger.BalanceAsync(example.Creator)).PendingMicros.ShouldBe(6_500_800 - 1_625_200);
        (await fixture.Ledger.BalanceAsync(LedgerAccount.PoolFloor(example.Model))).ShouldBe(2_437_800 - 609_450);
        quarter.Postings.Single(p => p.Account == LedgerAccount.PaymentFees).AmountMicros.ShouldBe(220_000);

        var rest = LedgerTransactions.Refund(sale, await fixture.Ledger.GetReversalsAsync(sale.Id), 1_500, $"refund:b-{sale.Id}:l1", WorkedExample.Noon.AddDays(2));
        await fixture.Ledger.PostAsync(rest);

        (await fixture.Ledger.BalanceAsync(example.Creator)).ShouldBe(PartyBalances.Zero);
        (await fixture.Ledger.BalancesAsync(example.Artists)).Values.ShouldAllBe(b => b == PartyBalances.Zero);
        (await fixture.Ledger.BalanceAsync(LedgerAccount.PoolFloor(example.Model))).ShouldBe(0);
        (await fixture.Ledger.BalancesAsOfAsync(example.Creator, WorkedExample.Noon.AddDays(1).AddSeconds(1))).PendingMicros.ShouldBe(4_875_600);
    }

    [Fact]
    public async Task Two_refunds_built_from_the_same_history_cannot_both_land()
    {
        var sale = (await fixture.Ledger.PostAsync(new WorkedExample().Sale())).Transaction;
        var first = LedgerTransactions.Refund(sale, [], 2_000, $"refund:a-{sale.Id}:l1", WorkedExample.Noon);
        var second = LedgerTransactions.Refund(sale, [], 2_000, $"refund:b-{sale.Id}:l1", WorkedExample.Noon);
        await fixture.Ledger.PostAsync(first);

        var error = await Should.ThrowAsync<LedgerConflictException>(() => fixture.Ledger.PostAsync(second));

        error.Message.ShouldContain($"rebuild 'refund:b-{sale.Id}:l1' from the current reversals");
        (await fixture.Ledger.GetReversalsAsync(sale.Id)).ShouldHaveSingleItem().Id.ShouldBe(first.Id);
    }

    [Fact]
    public async Task A_correction_and_its_undoing_restore_the_balances()
    {
        var example = new WorkedExample();
        var sale = (await fixture.Ledger.PostAsync(example.Sale())).Transaction;
        var reversal = LedgerTransactions.Reversal(sale, [], LedgerKeys.Reversal(sale.IdempotencyKey, 1), WorkedExample.Noon, "duplicate");
        await fixture.Ledger.PostAsync(reversal);
        (await fixture.Ledger.BalanceAsync(example.Operator)).PendingMicros.ShouldBe(0);

        await fixture.Ledger.PostAsync(LedgerTransactions.Reversal(reversal, [], LedgerKeys.Reversal(reversal.IdempotencyKey, 1), WorkedExample.Noon, "not a duplicate"));

        (await fixture.Ledger.BalanceAsync(example.Operator)).PendingMicros.ShouldBe(4_875_600);
        (await fixture.Ledger.GetReversalsAsync(sale.Id)).Count.ShouldBe(2);
    }
}
