using CsCheck;
using Market.Domain.Ledger;
using Market.Domain.Royalties;
using Market.Domain.Tests.Royalties;
using static Market.Domain.Tests.Ledger.LedgerSamples;

namespace Market.Domain.Tests.Ledger;

public sealed class RandomSalesAndRefundsBalance
{
    private static readonly Gen<(GraphStep[] Steps, int Pick, long Price, long Fee, int[] Cuts)> Case =
        Gen.Select(RandomGraph.Recipe, Gen.Int[0, 1_000], Gen.Long[1, 5_000_000], Gen.Long[0, 5_000_000], Gen.Int[0, int.MaxValue].Array[0, 8]);

    [Fact]
    public void Every_sale_and_refund_is_valid_and_balanced()
    {
        Case.Sample((steps, pick, price, fee, cuts) =>
        {
            var (sale, refunds) = SaleAndRefunds(steps, pick, price, fee, cuts);
            foreach (var transaction in refunds.Prepend(sale))
            {
                LedgerRules.ProblemsOf(transaction).ShouldBeEmpty();
                transaction.Postings.Aggregate(Int128.Zero, (sum, p) => sum + p.AmountMicros).ShouldBe(Int128.Zero);
            }
        }, iter: 300);
    }

    [Fact]
    public void Partial_refunds_never_over_reverse_and_add_up_to_R_of_their_total()
    {
        Case.Sample((steps, pick, price, fee, cuts) =>
        {
            var (sale, refunds) = SaleAndRefunds(steps, pick, price, fee, cuts);
            var history = ReversalHistory.Of(sale, refunds);
            history.Problems().ShouldBeEmpty();
            var reversed = refunds.SelectMany(r => r.Postings).Where(p => p.IsPart).Sum(p => p.AmountMicros);
            reversed.ShouldBe(Refunds.ReversedNet(sale.Sale!, history.RefundedMinor));
            Enumerable.Range(0, sale.Postings.Count).ShouldAllBe(i => history.RemainingMicros(i) >= 0);
        }, iter: 300);
    }

    [Fact]
    public void Refunding_everything_reverses_every_part_exactly()
    {
        Case.Sample((steps, pick, price, fee, cuts) =>
        {
            var (sale, refunds) = SaleAndRefunds(steps, pick, price, fee, cuts);
            var rest = sale.Sale!.PriceMinor - ReversalHistory.Of(sale, refunds).RefundedMinor;
            var all = rest == 0 ? refunds : [.. refunds, LedgerTransactions.Refund(sale, refunds, rest, "refund:last:l", Noon)];
            var sums = Sums([sale, .. all]);
            sums.Where(s => s.Key != LedgerAccount.PlatformCash && s.Key != LedgerAccount.PaymentFees).ShouldAllBe(s => s.Value == 0);
            sums[LedgerAccount.PlatformCash].ShouldBe(-sale.Sale.FeeMinor * 10_000);
        }, iter: 300);
    }

    [Fact]
    public void Reversing_a_reversal_restores_every_balance()
    {
        Case.Sample((steps, pick, price, fee, cuts) =>
        {
            var (sale, refunds) = SaleAndRefunds(steps, pick, price, fee, cuts);
            var target = refunds.Count > 0 ? refunds[^1] : sale;
            var reversal = LedgerTransactions.Reversal(target, [], "reversal:1:x", Noon, "test");
            var restore = LedgerTransactions.Reversal(reversal, [], "reversal:1:reversal:1:x", Noon, "test");
            Sums(target, reversal).Values.ShouldAllBe(v => v == 0);
            Sums(target, reversal, restore).Where(s => s.Value != 0).ShouldBe(Sums(target).Where(s => s.Value != 0), ignoreOrder: true);
        }, iter: 200);
    }

    // A sale of a random piece, then refunds cut from what is left of its price until the cuts run out.
    private static (LedgerTransaction Sale, List<LedgerTransaction> Refunds) SaleAndRefunds(GraphStep[] steps, int pick, long price, long fee, int[] cuts)
    {
        var (graph, works, _) = RandomGraph.Build(steps);
        var split = new RoyaltyAllocator(graph, graph.Policy).AllocateSale(works[pick % works.Count], price, Math.Min(fee, price));
        var sale = LedgerTransactions.Sale(split, "sale:o:l", Noon);
        var refunds = new List<LedgerTransaction>();
        var left = price;
        foreach (var cut in cuts.TakeWhile(_ => left > 0))
        {
            var minor = 1 + (cut % left);
            refunds.Add(LedgerTransactions.Refund(sale, refunds, minor, $"refund:{refunds.Count}:l", Noon));
            left -= minor;
        }

        return (sale, refunds);
    }
}
