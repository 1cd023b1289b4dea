using Market.Domain.Ids;
using Market.Domain.Ledger;
using static Market.Domain.Tests.Ledger.LedgerSamples;
using static Market.Domain.Tests.Royalties.TestGraph;

namespace Market.Domain.Tests.Ledger;

public sealed class RefundsReverseTheirShareOfTheNet
{
    private readonly LedgerTransaction _sale = WorkedExampleSale();

    [Fact]
    public void A_quarter_refund_takes_a_quarter_of_every_part_commission_included()
    {
        var refund = LedgerTransactions.Refund(_sale, [], 500, "refund:r1:l1", Noon);

        refund.Reverses.ShouldBe(_sale.Id);
        refund.ReversalNumber.ShouldBe(1);
        refund.RefundMinor.ShouldBe(500);
        refund.Postings.Where(p => p.IsPart).Select(p => (p.Reverses, p.AmountMicros))
            .ShouldBe([(2, 717_000L), (3, 1_625_200L), (4, 1_218_900L), (5, 609_450L), (6, 304_725L), (7, 182_835L), (8, 121_890L)]);
        Balance(LedgerAccount.PlatformCash, refund).ShouldBe(-5_000_000);
        Balance(LedgerAccount.PaymentFees, refund).ShouldBe(220_000);
        Balance(LedgerAccount.PlatformRevenue, _sale, refund).ShouldBe(2_151_000);
    }

    [Fact]
    public void Refunding_the_rest_reverses_every_part_exactly_and_leaves_the_fee_as_a_platform_cost()
    {
        var first = LedgerTransactions.Refund(_sale, [], 500, "refund:r1:l1", Noon);
        var rest = LedgerTransactions.Refund(_sale, [first], 1_500, "refund:r2:l1", Noon);

        rest.ReversalNumber.ShouldBe(2);
        var sums = Sums(_sale, first, rest);
        sums.Where(s => s.Key != LedgerAccount.PlatformCash && s.Key != LedgerAccount.PaymentFees).ShouldAllBe(s => s.Value == 0);
        Balance(LedgerAccount.PlatformCash, _sale, first, rest).ShouldBe(-880_000);
        Balance(LedgerAccount.PaymentFees, _sale, first, rest).ShouldBe(880_000);
    }

    [Fact]
    public void A_full_refund_negates_every_part_of_the_sale()
    {
        var refund = LedgerTransactions.Refund(_sale, [], 2_000, "refund:r1:l1", Noon);

        refund.Postings.Where(p => p.IsPart).Select(p => p.AmountMicros)
            .ShouldBe(_sale.Postings.Where(p => p.IsPart).Select(p => -p.AmountMicros));
        refund.Postings.Where(p => p.IsPart).Select(p => p.Account).ShouldBe(_sale.Postings.Where(p => p.IsPart).Select(p => p.Account));
    }

    [Fact]
    public void R_is_rounded_half_up_on_the_cumulative_refund()
    {
        var amounts = new SaleAmounts(3, 0, 5, 0);

        Refunds.ReversedNet(amounts, 1).ShouldBe(2);   // 5/3 = 1.67
        Refunds.ReversedNet(amounts, 2).ShouldBe(3);   // 10/3 = 3.33
        Refunds.ReversedNet(amounts, 3).ShouldBe(5);
        Refunds.ReversedNet(new SaleAmounts(2, 0, 3, 0), 1).ShouldBe(2);   // 1.5 rounds up
    }

    [Fact]
    public void Refunds_beyond_the_price_are_rejected()
    {
        var first = LedgerTransactions.Refund(_sale, [], 1_500, "refund:r1:l1", Noon);

        Should.Throw<LedgerRuleException>(() => LedgerTransactions.Refund(_sale, [first], 501, "refund:r2:l1", Noon))
            .Message.ShouldBe("Transaction 'sale:o1:l1' cannot be refunded: refunding 501 would bring its refunds to 2001 minor units, above its price (2000).");
    }

    [Fact]
    public void A_corrected_sale_cannot_be_refunded()
    {
        var correction = LedgerTransactions.Reversal(_sale, [], "reversal:1:sale:o1:l1", Noon, "duplicate charge");

        Should.Throw<LedgerRuleException>(() => LedgerTransactions.Refund(_sale, [correction], 100, "refund:r1:l1", Noon))
            .Message.ShouldContain("it has been reversed, so nothing is left to refund");
    }

    [Fact]
    public void With_balances_a_share_comes_from_pending_then_available_then_becomes_a_receivable()
    {
        var creator = new PartyId("creator");
        var balances = new Dictionary<PartyId, PartyBalances> { [creator] = new(1_000_000, 5_000_000, 0, 9_000_000, 0) };

        var refund = LedgerTransactions.Refund(_sale, [], 2_000, "refund:r1:l1", Noon, balances: balances);

        refund.Postings.Where(p => p.Reverses == 3).Select(p => (p.Account, p.AmountMicros)).ShouldBe([
            (LedgerAccount.Pending(creator), 1_000_000L),
            (LedgerAccount.Available(creator), 5_000_000L),
            (LedgerAccount.Receivable(creator), 500_800L),
        ]);
        LedgerRules.ProblemsOf(refund).ShouldBeEmpty();
        ReversalHistory.Of(_sale, [refund]).Problems().ShouldBeEmpty();
        Balance(PendingOf("artist-1"), _sale, refund).ShouldBe(1_218_900, "a party absent from the balances has nothing to draw");
        Balance(LedgerAccount.Receivable(new PartyId("artist-1")), refund).ShouldBe(1_218_900);
        Balance(LedgerAccount.PoolFloor(M("m")), _sale, refund).ShouldBe(0);
    }
}
