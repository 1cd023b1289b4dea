using Market.Domain.Ledger;

namespace Market.Store.Tests.Ledger;

public sealed class GroupCommitPostsManyAtOnce(LedgerFixture fixture) : IClassFixture<LedgerFixture>
{
    [Fact]
    public async Task Two_hundred_sales_land_in_one_database_transaction()
    {
        var example = new WorkedExample();
        var sales = Enumerable.Range(0, 200).Select(_ => example.Sale()).ToList();

        var answers = await fixture.Ledger.PostManyAsync(sales);

        answers.Select(a => a.Transaction.Id).ShouldBe(sales.Select(s => s.Id));
        answers.ShouldAllBe(a => !a.Replayed);
        (await fixture.CommittingTransactionsAsync(sales)).ShouldBe(1);
        (await fixture.Ledger.BalanceAsync(example.Creator)).PendingMicros.ShouldBe(200 * 6_500_800L);
    }

    [Fact]
    public async Task Keys_already_posted_and_repeats_within_the_batch_are_answered_with_the_original()
    {
        var example = new WorkedExample();
        var posted = example.Sale();
        await fixture.Ledger.PostAsync(posted);
        var fresh = example.Sale();
        LedgerTransaction[] batch = [fresh, posted with { OccurredAt = posted.OccurredAt.AddDays(1) }, fresh with { OccurredAt = fresh.OccurredAt.AddDays(1) }];

        var answers = await fixture.Ledger.PostManyAsync(batch);

        answers.Select(a => a.Replayed).ShouldBe([false, true, true]);
        answers[1].Transaction.OccurredAt.ShouldBe(posted.OccurredAt);
        answers[2].Transaction.ShouldBeSameAs(answers[0].Transaction);
        (await fixture.Ledger.BalanceAsync(example.Creator)).PendingMicros.ShouldBe(2 * 6_500_800L);
    }

    [Fact]
    public async Task Concurrent_batches_with_overlapping_keys_post_each_key_once()
    {
        var example = new WorkedExample();
        var sales = Enumerable.Range(0, 60).Select(_ => example.Sale()).ToList();
        var batches = Enumerable.Range(0, 6).Select(b => sales.Skip(b * 8).Take(20).ToList()).ToList();

        var answers = await Task.WhenAll(batches.Select(batch => Task.Run(() => fixture.Ledger.PostManyAsync(batch))));

        answers.SelectMany(a => a).Where(a => !a.Replayed).Select(a => a.Transaction.Id).ShouldBe(sales.Select(s => s.Id), ignoreOrder: true);
        (await fixture.Ledger.BalanceAsync(example.Creator)).PendingMicros.ShouldBe(60 * 6_500_800L);
    }

    [Fact]
    public async Task A_batch_with_an_invalid_transaction_writes_nothing()
    {
        var example = new WorkedExample();
        var good = example.Sale();
        var bad = example.Sale() with { Postings = [] };

        await Should.ThrowAsync<LedgerRuleException>(() => fixture.Ledger.PostManyAsync([good, bad]));

        (await fixture.Ledger.GetAsync(good.IdempotencyKey)).ShouldBeNull();
    }
}
