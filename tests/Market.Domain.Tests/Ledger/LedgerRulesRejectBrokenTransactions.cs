using Market.Domain.Ledger;
using static Market.Domain.Tests.Ledger.LedgerSamples;

namespace Market.Domain.Tests.Ledger;

public sealed class LedgerRulesRejectBrokenTransactions
{
    private static readonly LedgerTransaction Matured = LedgerTransactions.HoldsMatured(new("p"), 100, "holds:p", Noon);

    [Fact]
    public void Postings_that_do_not_sum_to_zero()
    {
        var broken = Matured with { Postings = [Matured.Postings[0], Matured.Postings[1] with { AmountMicros = -99 }] };

        LedgerRules.ProblemsOf(broken).ShouldBe(["its postings sum to 1 micros, not zero"]);
        Should.Throw<LedgerRuleException>(() => LedgerRules.EnsureValid(broken))
            .Message.ShouldBe("Ledger transaction 'holds:p' is invalid: its postings sum to 1 micros, not zero.");
    }

    [Fact]
    public void An_empty_transaction()
    {
        LedgerRules.ProblemsOf(Matured with { Postings = [] }).ShouldBe(["it has no postings"]);
    }

    [Fact]
    public void A_posting_of_nothing()
    {
        var zero = new Posting(LedgerAccount.PlatformCash, 0, "nothing");

        LedgerRules.ProblemsOf(Matured with { Postings = [.. Matured.Postings, zero] }).ShouldBe(["posting 2 (platform:cash) has no amount"]);
    }

    [Fact]
    public void An_id_that_is_not_its_keys()
    {
        LedgerRules.ProblemsOf(Matured with { Id = Guid.Empty }).ShouldHaveSingleItem().ShouldStartWith("its id 00000000-0000-0000-0000-000000000000 is not the one");
    }

    [Fact]
    public void A_sale_part_turned_into_a_debit()
    {
        var sale = WorkedExampleSale();
        var postings = sale.Postings.ToList();
        postings[3] = postings[3] with { AmountMicros = -postings[3].AmountMicros };
        postings[0] = postings[0] with { AmountMicros = postings[0].AmountMicros - (2 * postings[3].AmountMicros) };

        LedgerRules.ProblemsOf(sale with { Postings = postings }).ShouldBe([
            "part 3 (party:creator:pending) is negative (-6500800 micros)",
            "its parts sum to 6118400 micros, not its net (19120000)",
        ]);
    }

    [Fact]
    public void A_reversal_that_names_no_original()
    {
        var reversal = LedgerTransactions.Reversal(Matured, [], "reversal:1:holds:p", Noon, "mistake");

        LedgerRules.ProblemsOf(reversal with { Reverses = null }).ShouldBe(["a Reversal names the transaction it reverses and its reversal number"]);
    }
}
