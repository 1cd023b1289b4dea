using Market.Domain.Money;
using Market.Domain.Royalties;

namespace Market.Domain.Ledger;

public static partial class LedgerTransactions
{
    /// <summary>
    /// A paid order line (DESIGN 2.2, step 5): the gross charge into the platform's cash, Stripe's fee
    /// out of it, and every part of the net credited — commission to platform revenue, a party's part to
    /// their pending earnings, a pool floor to its account — each keeping its role, path and attribution.
    /// </summary>
    /// <param name="split">The allocation of the line.</param>
    /// <param name="idempotencyKey">Usually <see cref="LedgerKeys.Sale"/>.</param>
    /// <param name="occurredAt">When the payment completed.</param>
    /// <param name="references">The order, line and charge; the work is filled in from the split.</param>
    /// <param name="minorDigits">The settlement currency's minor digits.</param>
    /// <exception cref="LedgerRuleException">A free line, a negative part, or parts that do not sum to the net.</exception>
    public static LedgerTransaction Sale(
        SaleSplit split, string idempotencyKey, DateTimeOffset occurredAt, LedgerReferences? references = null, int minorDigits = 2)
    {
        if (split.PriceMinor <= 0)
        {
            throw new LedgerRuleException($"The sale of '{split.Asset}' is free ({split.PriceMinor} minor units); it moves no money and posts nothing.");
        }

        var perMinor = Micros.PerMinor(minorDigits);
        var postings = new List<Posting> { new(LedgerAccount.PlatformCash, checked(split.PriceMinor * perMinor), PostingMemos.Charge) };
        if (split.FeeMinor > 0)
        {
            postings.Add(new(LedgerAccount.PlatformCash, checked(-split.FeeMinor * perMinor), PostingMemos.StripeFee));
        }

        postings.AddRange(CreditsOf(split.Parts, PostingMemos.SalePart, $"the sale of '{split.Asset}'"));
        var refs = (references ?? LedgerReferences.None) with { Work = split.Asset };
        return Valid(new LedgerTransaction(
            LedgerTransactionId.For(idempotencyKey), idempotencyKey, LedgerTransactionKind.Sale, occurredAt, postings, refs)
        {
            Sale = new SaleAmounts(split.PriceMinor, split.FeeMinor, split.NetMicros, split.PlatformMicros, minorDigits),
        });
    }
}
