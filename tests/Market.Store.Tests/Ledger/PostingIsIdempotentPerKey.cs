using Market.Domain.Ledger;

namespace Market.Store.Tests.Ledger;

public sealed class PostingIsIdempotentPerKey(LedgerFixture fixture) : IClassFixture<LedgerFixture>
{
    [Fact]
    public async Task A_replay_returns_the_first_transaction_and_writes_nothing()
    {
        var example = new WorkedExample();
        var order = $"order-{Guid.NewGuid():N}";
        var first = await fixture.Ledger.PostAsync(example.Sale(order));

        var replay = await fixture.Ledger.PostAsync(example.Sale(order, WorkedExample.Noon.AddMinutes(5)));

        first.Replayed.ShouldBeFalse();
        replay.Replayed.ShouldBeTrue();
        replay.Transaction.Id.ShouldBe(first.Transaction.Id);
        replay.Transaction.OccurredAt.ShouldBe(WorkedExample.Noon);
        replay.Transaction.Postings.ShouldBe(first.Transaction.Postings);
        (await fixture.Ledger.BalanceAsync(example.Creator)).PendingMicros.ShouldBe(6_500_800);
    }

    [Fact]
    public async Task A_posted_transaction_reads_back_equal_by_its_key()
    {
        var sale = new WorkedExample().Sale();
        await fixture.Ledger.PostAsync(sale);

        var read = (await fixture.Ledger.GetAsync(sale.IdempotencyKey)).ShouldNotBeNull();

        read.ShouldBe(sale with { Postings = read.Postings });
        read.Postings.ShouldBe(sale.Postings);
        (await fixture.Ledger.GetAsync("sale:never:posted")).ShouldBeNull();
    }

    [Fact]
    public async Task Sixteen_concurrent_replays_of_one_key_post_one_transaction()
    {
        var example = new WorkedExample();
        var order = $"order-{Guid.NewGuid():N}";

        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() => fixture.Ledger.PostAsync(example.Sale(order, WorkedExample.Noon.AddSeconds(i))))));

        answers.Count(a => !a.Replayed).ShouldBe(1);
        answers.Select(a => a.Transaction.OccurredAt).Distinct().ShouldHaveSingleItem();
        answers.ShouldAllBe(a => a.Transaction.Id == answers[0].Transaction.Id);
        await using var session = fixture.Store.QuerySession();
        (await session.Events.FetchStreamAsync(answers[0].Transaction.Id)).Count.ShouldBe(1);
        (await fixture.Ledger.BalanceAsync(example.Creator)).PendingMicros.ShouldBe(6_500_800);
    }

    [Fact]
    public async Task An_invalid_transaction_is_rejected_before_anything_is_written()
    {
        var sale = new WorkedExample().Sale();
        var unbalanced = sale with { Postings = [.. sale.Postings.Skip(1)] };

        var error = await Should.ThrowAsync<LedgerRuleException>(() => fixture.Ledger.PostAsync(unbalanced));

        error.Message.ShouldContain("its postings sum to -20000000 micros, not zero");
        (await fixture.Ledger.GetAsync(sale.IdempotencyKey)).ShouldBeNull();
    }
}
