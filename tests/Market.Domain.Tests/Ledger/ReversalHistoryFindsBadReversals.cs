using Market.Domain.Ledger;
using static Market.Domain.Tests.Ledger.LedgerSamples;

namespace Market.Domain.Tests.Ledger;

public sealed class ReversalHistoryFindsBadReversals
{
    private readonly LedgerTransaction _sale = WorkedExampleSale();

    [Fact]
    public void Two_full_refunds_built_from_the_same_history_over_reverse_and_over_refund()
    {
        var first = LedgerTransactions.Refund(_sale, [], 2_000, "refund:a:l1", Noon);
        var second = LedgerTransactions.Refund(_sale, [], 2_000, "refund:b:l1", Noon);

        var problems = ReversalHistory.Of(_sale, [first, second]).Problems();

        problems.ShouldAllBe(p => p.TransactionId == second.Id);
        problems.Select(p => p.Problem).ShouldContain("it over-reverses posting 3 (party:creator:pending) of 'sale:o1:l1': 13001600 of 6500800 micros");
        problems.Select(p => p.Problem).ShouldContain("refunds of 'sale:o1:l1' now total 4000 minor units, above its price (2000)");
        problems.Count.ShouldBe(8);
    }

    [Fact]
    public void A_link_to_a_posting_the_original_lacks_or_on_the_same_side()
    {
        var reversal = LedgerTransactions.Reversal(_sale, [], "reversal:1:sale:o1:l1", Noon, "x");
        var postings = reversal.Postings.ToList();
        postings[0] = postings[0] with { Reverses = 42 };
        postings[1] = postings[1] with { Reverses = 0 };

        var problems = ReversalHistory.Of(_sale, [reversal with { Postings = postings }]).Problems().Select(p => p.Problem);

        problems.ShouldBe([
            "posting 0 reverses posting 42, which 'sale:o1:l1' does not have",
            "posting 1 (platform:cash) is on the same side as posting 0, which it reverses",
        ]);
    }

    [Fact]
    public void A_reversal_through_an_unrelated_account()
    {
        var reversal = LedgerTransactions.Reversal(_sale, [], "reversal:1:sale:o1:l1", Noon, "x");
        var postings = reversal.Postings.ToList();
        postings[3] = postings[3] with { Account = PendingOf("someone-else") };

        ReversalHistory.Of(_sale, [reversal with { Postings = postings }]).Problems().ShouldHaveSingleItem().Problem
            .ShouldBe("posting 3 reverses party:creator:pending through an unrelated account (party:someone-else:pending)");
    }
}
