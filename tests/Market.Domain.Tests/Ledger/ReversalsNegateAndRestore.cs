using Market.Domain.Ledger;
using static Market.Domain.Tests.Ledger.LedgerSamples;

namespace Market.Domain.Tests.Ledger;

public sealed class ReversalsNegateAndRestore
{
    private readonly LedgerTransaction _sale = WorkedExampleSale();

    [Fact]
    public void A_reversal_is_the_exact_negation_linked_to_the_original()
    {
        var reversal = LedgerTransactions.Reversal(_sale, [], "reversal:1:sale:o1:l1", Noon, "duplicate charge");

        reversal.Kind.ShouldBe(LedgerTransactionKind.Reversal);
        reversal.Reverses.ShouldBe(_sale.Id);
        reversal.References.Note.ShouldBe("duplicate charge");
        reversal.Postings.Select(p => (p.Account, p.AmountMicros, p.Reverses))
            .ShouldBe(_sale.Postings.Select((p, i) => (p.Account, -p.AmountMicros, (int?)i)));
        Sums(_sale, reversal).Values.ShouldAllBe(sum => sum == 0);
    }

    [Fact]
    public void Reversing_the_reversal_restores_the_original_which_can_then_be_reversed_again()
    {
        var reversal = LedgerTransactions.Reversal(_sale, [], "reversal:1:sale:o1:l1", Noon, "mistake");
        var restore = LedgerTransactions.Reversal(reversal, [], "reversal:1:reversal:1:sale:o1:l1", Noon, "it was right");

        Sums(_sale, reversal, restore).ShouldBe(Sums(_sale), ignoreOrder: true);
        var history = ReversalHistory.Of(_sale, [reversal, restore]);
        history.IsUntouched.ShouldBeTrue();
        history.IsInEffect(reversal).ShouldBeFalse();
        history.NextReversalNumber.ShouldBe(2);
        LedgerTransactions.Reversal(_sale, [reversal, restore], "reversal:2:sale:o1:l1", Noon, "wrong after all").ReversalNumber.ShouldBe(2);
    }

    [Fact]
    public void A_reversed_transaction_cannot_be_reversed_twice()
    {
        var reversal = LedgerTransactions.Reversal(_sale, [], "reversal:1:sale:o1:l1", Noon, "mistake");

        Should.Throw<LedgerRuleException>(() => LedgerTransactions.Reversal(_sale, [reversal], "reversal:2:sale:o1:l1", Noon, "again"))
            .Message.ShouldContain("already partly or wholly reversed");
    }

    [Fact]
    public void A_refunded_sale_cannot_be_corrected_until_the_refund_is()
    {
        var refund = LedgerTransactions.Refund(_sale, [], 100, "refund:r1:l1", Noon);

        Should.Throw<LedgerRuleException>(() => LedgerTransactions.Reversal(_sale, [refund], "reversal:2:sale:o1:l1", Noon, "x"));
        var undo = LedgerTransactions.Reversal(refund, [], "reversal:1:refund:r1:l1", Noon, "refund failed");
        var history = ReversalHistory.Of(_sale, [refund, undo]);
        history.RefundedMinor.ShouldBe(0);
        history.IsUntouched.ShouldBeTrue();
    }
}
