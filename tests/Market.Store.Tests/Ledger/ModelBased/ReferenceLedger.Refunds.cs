using Market.Domain.Ids;
using Market.Domain.Ledger;

namespace Market.Store.Tests.Ledger.ModelBased;

internal sealed partial class ReferenceLedger
{
    /// <summary>Minor units of the line still refundable.</summary>
    public long RefundableMinor(string saleKey) => _sales[saleKey].PriceMinor - _sales[saleKey].RefundedMinor;

    /// <summary>Refunds posted against the line.</summary>
    public int RefundsOf(string saleKey) => _sales[saleKey].Refunds;

    /// <summary>
    /// A refund of r (DESIGN 2.4): r leaves cash; this refund reverses what the running total's R
    /// gained, R(x) = N·x/P rounded half up (N when x = P); that is split over the parts by what each
    /// still holds, largest remainders first, ties to the earlier part; a party's share comes out of
    /// pending, then available, then becomes a receivable; Stripe's kept fee is the rest of r.
    /// </summary>
    public IReadOnlySet<LedgerAccount> Refund(string saleKey, string key, long refundMinor)
    {
        var sale = _sales[saleKey];
        Expect(refundMinor > 0 && refundMinor <= RefundableMinor(saleKey), $"{refundMinor} is not refundable of {saleKey}");
        var reversed = ReversedAt(sale, sale.RefundedMinor + refundMinor) - ReversedAt(sale, sale.RefundedMinor);
        var refunded = refundMinor * MicrosPerMinor;
        Expect(reversed <= refunded, $"refunding {refundMinor} of {saleKey} would reverse {reversed} micros, more than it returns");
        var left = SaleParties(sale).ToDictionary(p => p, p => (Pending: Math.Max(0, BalanceOf(LedgerAccount.Pending(p))), Available: Math.Max(0, BalanceOf(LedgerAccount.Available(p)))));
        var shares = LargestRemainders(reversed, [.. sale.Parts.Select(p => p.Remaining)]);
        Begin(key);
        Post(LedgerAccount.PlatformCash, -refunded);
        for (var k = 0; k < shares.Length; k++)
        {
            sale.Parts[k].Remaining -= shares[k];
            Draw(sale.Parts[k].Account, shares[k], left);
        }

        if (refunded > reversed)
        {
            Post(LedgerAccount.PaymentFees, refunded - reversed);
        }

        sale.RefundedMinor += refundMinor;
        sale.Refunds++;
        return _touched;
    }

    // Half up, by quotient and remainder: ⌊N·x/P⌋, one more when the remainder is at least half of P.
    private static long ReversedAt(ModelSale sale, long refundedMinor)
    {
        if (refundedMinor == sale.PriceMinor)
        {
            return sale.NetMicros;
        }

        var quotient = Int128.DivRem((Int128)sale.NetMicros * refundedMinor, sale.PriceMinor);
        return (long)quotient.Quotient + (2 * quotient.Remainder >= sale.PriceMinor ? 1 : 0);
    }

    private static long[] LargestRemainders(long total, long[] weights)
    {
        var shares = new long[weights.Length];
        var sum = weights.Aggregate(Int128.Zero, (s, w) => s + w);
        if (total == 0)
        {
            return shares;
        }

        Expect(sum >= total, $"the parts hold {sum} micros, less than the {total} to reverse");
        var remainders = new Int128[weights.Length];
        for (var k = 0; k < weights.Length; k++)
        {
            (var quotient, remainders[k]) = Int128.DivRem((Int128)total * weights[k], sum);
            shares[k] = (long)quotient;
        }

        var leftover = total - shares.Sum();
        foreach (var k in Enumerable.Range(0, weights.Length).OrderByDescending(k => remainders[k]).ThenBy(k => k).Take((int)leftover))
        {
            shares[k]++;
        }

        return shares;
    }

    private static IEnumerable<PartyId> SaleParties(ModelSale sale) =>
        sale.Parts.Select(p => p.Account.Party).OfType<PartyId>().Distinct();

    private void Draw(LedgerAccount account, long micros, Dictionary<PartyId, (long Pending, long Available)> left)
    {
        if (micros == 0)
        {
            return;
        }

        if (account.Kind != LedgerAccountKind.Pending || account.Party is not { } party)
        {
            Post(account, micros);
            return;
        }

        var (pending, available) = left[party];
        var fromPending = Math.Min(pending, micros);
        var fromAvailable = Math.Min(available, micros - fromPending);
        left[party] = (pending - fromPending, available - fromAvailable);
        PostIfAny(LedgerAccount.Pending(party), fromPending);
        PostIfAny(LedgerAccount.Available(party), fromAvailable);
        PostIfAny(LedgerAccount.Receivable(party), micros - fromPending - fromAvailable);
    }

    private void PostIfAny(LedgerAccount account, long micros)
    {
        if (micros > 0)
        {
            Post(account, micros);
        }
    }
}
