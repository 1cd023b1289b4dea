using Market.Domain.Ledger;
using Market.Store.Ledger;

namespace Market.Store.Tests.Ledger;

public sealed class GroupCommitCoalescesConcurrentCallers(LedgerFixture fixture) : IClassFixture<LedgerFixture>
{
    [Fact]
    public async Task Forty_callers_at_once_share_fewer_commits_and_each_gets_its_own_answer()
    {
        var example = new WorkedExample();
        var sales = Enumerable.Range(0, 40).Select(_ => example.Sale()).ToList();
        await using var writer = new LedgerGroupCommit(fixture.Ledger);

        var answers = await Task.WhenAll(sales.Select(sale => writer.PostManyAsync([sale])));

        answers.Select(a => a.Single().Transaction.Id).ShouldBe(sales.Select(s => s.Id));
        answers.ShouldAllBe(a => !a.Single().Replayed);
        (await fixture.CommittingTransactionsAsync(sales)).ShouldBeLessThan(sales.Count);
        (await fixture.Ledger.BalanceAsync(example.Creator)).PendingMicros.ShouldBe(40 * 6_500_800L);
    }

    [Fact]
    public async Task A_key_posted_by_two_callers_lands_once_and_the_second_is_a_replay()
    {
        var example = new WorkedExample();
        var sale = example.Sale();
        await using var writer = new LedgerGroupCommit(fixture.Ledger);

        var answers = await Task.WhenAll(writer.PostManyAsync([sale]), writer.PostManyAsync([sale with { OccurredAt = sale.OccurredAt.AddDays(1) }]));

        answers.Count(a => a.Single().Replayed).ShouldBe(1);
        answers.ShouldAllBe(a => a.Single().Transaction.OccurredAt == sale.OccurredAt);
        (await fixture.Ledger.BalanceAsync(example.Creator)).PendingMicros.ShouldBe(6_500_800L);
    }

    [Fact]
    public async Task A_caller_whose_refund_lost_a_race_fails_alone_and_the_others_in_its_group_land()
    {
        var example = new WorkedExample();
        var sale = (await fixture.Ledger.PostAsync(example.Sale())).Transaction;
        var first = LedgerTransactions.Refund(sale, [], 2_000, $"refund:a-{sale.Id}:l1", WorkedExample.Noon);
        var stale = LedgerTransactions.Refund(sale, [], 2_000, $"refund:b-{sale.Id}:l1", WorkedExample.Noon);
        await fixture.Ledger.PostAsync(first);
        var others = Enumerable.Range(0, 20).Select(_ => example.Sale()).ToList();
        await using var writer = new LedgerGroupCommit(fixture.Ledger);

        var posting = others.Take(10).Select(s => writer.PostManyAsync([s])).ToList();
        var losing = writer.PostManyAsync([stale]);
        posting.AddRange(others.Skip(10).Select(s => writer.PostManyAsync([s])));

        await Should.ThrowAsync<LedgerConflictException>(() => losing);
        (await Task.WhenAll(posting)).ShouldAllBe(a => !a.Single().Replayed);
        (await fixture.Ledger.GetAsync(stale.IdempotencyKey)).ShouldBeNull();
        (await fixture.Ledger.BalanceAsync(example.Creator)).PendingMicros.ShouldBe(20 * 6_500_800L);
    }

    [Fact]
    public async Task A_caller_with_an_invalid_transaction_is_refused_before_it_joins_a_group()
    {
        var example = new WorkedExample();
        await using var writer = new LedgerGroupCommit(fixture.Ledger);

        Should.Throw<LedgerRuleException>(() => writer.PostManyAsync([example.Sale() with { Postings = [] }]));

        (await writer.PostManyAsync([example.Sale()])).Single().Replayed.ShouldBeFalse();
    }
}
