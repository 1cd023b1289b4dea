using Market.Domain.Ledger;
using Market.Domain.Money;
using Market.Domain.Royalties;
using Market.Store.Ledger;

namespace Market.Store.Tests.Ledger.ModelBased;

internal sealed partial class LedgerDriver
{
    private async Task<Step> SellOneAsync(SellOne command)
    {
        var (work, price) = (graph.Works[command.Work % graph.Works.Count], command.PriceMinor);
        var fee = command.Fee switch
        {
            FeeKind.Sandbox => Math.Min(PaymentFees.Sandbox(price), price),
            FeeKind.None => 0,
            FeeKind.Whole => price,
            _ => command.FeeNumber % (price + 1),
        };
        var order = $"o{_orders++}";
        var split = graph.Allocator.AllocateSale(work, price, fee);
        var sale = LedgerTransactions.Sale(split, LedgerKeys.Sale(order, "l1"), Now, new LedgerReferences(order, "l1"));

        ShouldBeNew(await ledger.PostAsync(sale), sale);

        Posted(sale);
        return new Step("sale", $"sold {work} for {price} (fee {fee}) as {sale.IdempotencyKey}: {split.Parts.Count} parts", _model.Sale(sale.IdempotencyKey, split));
    }

    // One order, several lines, one commit: the card fee of the whole charge is spread over the lines.
    private async Task<Step> SellOrderAsync(SellOrder command)
    {
        var order = $"o{_orders++}";
        var prices = command.Lines.Select(l => l.PriceMinor).ToArray();
        var fees = PaymentFees.AcrossLines(Math.Min(PaymentFees.Sandbox(prices.Sum()), prices.Sum()), prices);
        var splits = command.Lines.Select((l, i) => graph.Allocator.AllocateSale(graph.Works[l.Work % graph.Works.Count], l.PriceMinor, fees[i])).ToList();
        var sales = splits.Select((s, i) => LedgerTransactions.Sale(s, LedgerKeys.Sale(order, $"l{i + 1}"), Now, new LedgerReferences(order, $"l{i + 1}"))).ToList();
        var batch = sales.Select((sale, i) => new Sent(sale, null, splits[i])).ToList();
        var earlier = command.WithReplay && _posted.Count > 0 ? _posted[command.Pick % _posted.Count] : null;
        var repeated = command.WithRepeat ? sales[command.Pick % sales.Count] : null;
        if (earlier is not null)
        {
            batch.Insert(command.Pick % (batch.Count + 1), new Sent(earlier with { OccurredAt = Now }, earlier, null));
        }

        if (repeated is not null)
        {
            batch.Add(new Sent(repeated with { OccurredAt = Now.AddMinutes(1) }, repeated, null));
        }

        var answers = await ledger.PostManyAsync([.. batch.Select(b => b.Transaction)]);

        answers.Count.ShouldBe(batch.Count);
        var touched = new HashSet<LedgerAccount>(earlier?.Postings.Select(p => p.Account) ?? []);
        foreach (var (sent, answer) in batch.Zip(answers))
        {
            if (sent.Original is { } original)
            {
                ShouldBeTheOriginal(answer, original);
                continue;
            }

            ShouldBeNew(answer, sent.Transaction);
            Posted(sent.Transaction);
            touched.UnionWith(_model.Sale(sent.Transaction.IdempotencyKey, sent.Split!));
        }

        var extras = (earlier is null ? "" : $", replaying {earlier.IdempotencyKey}") + (repeated is null ? "" : $", {repeated.IdempotencyKey} twice");
        return new Step("group commit", $"sold order {order} of {sales.Count} lines ({string.Join(", ", prices)}) in one batch{extras}", touched);
    }

    // The same key again, an hour or so later, as a redelivered webhook or a retried job would send
    // it: the store must answer with the original as first recorded and write nothing.
    private async Task<Step> ReplayAsync(Replay command)
    {
        if (_posted.Count == 0)
        {
            return Step.Skipped("nothing posted to replay");
        }

        var original = _posted[command.Pick % _posted.Count];
        var again = original with { OccurredAt = original.OccurredAt.AddMinutes(1 + command.LaterMinutes) };

        var answer = command.AsBatch ? (await ledger.PostManyAsync([again])).ShouldHaveSingleItem() : await ledger.PostAsync(again);

        ShouldBeTheOriginal(answer, original);
        return new Step("replay", $"replayed {original.IdempotencyKey}{(command.AsBatch ? " as a batch" : "")}", [.. original.Postings.Select(p => p.Account).Distinct()]);
    }

    /// <summary>One transaction of a batch: a new sale with its split, or a replay of an original.</summary>
    private sealed record Sent(LedgerTransaction Transaction, LedgerTransaction? Original, SaleSplit? Split);

    private static void ShouldBeNew(LedgerPosted answer, LedgerTransaction posted)
    {
        answer.Replayed.ShouldBeFalse($"{posted.IdempotencyKey} was new");
        answer.Transaction.ShouldBeSameAs(posted);
    }

    private static void ShouldBeTheOriginal(LedgerPosted answer, LedgerTransaction original)
    {
        answer.Replayed.ShouldBeTrue($"{original.IdempotencyKey} was posted before");
        answer.Transaction.Postings.ShouldBe(original.Postings, $"the postings of {original.IdempotencyKey} as first posted");
        answer.Transaction.ShouldBe(original with { Postings = answer.Transaction.Postings }, $"{original.IdempotencyKey} as first posted");
    }
}
