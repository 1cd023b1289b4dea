using Market.Domain.Ids;
using Market.Domain.Money;

namespace Market.Domain.Ledger;

public static partial class LedgerTransactions
{
    /// <summary>
    /// A refund of <paramref name="refundMinor"/> of a sale line (DESIGN 2.4): the money leaves the
    /// platform's cash, R = N·r/P micros (<see cref="Refunds.ReversedNet"/>) are taken back from the
    /// sale's parts — commission included — apportioned by what each part still holds, and the rest,
    /// the fee Stripe keeps, is booked as a platform cost. A full refund reverses every part exactly.
    /// </summary>
    /// <param name="sale">The sale transaction of the line.</param>
    /// <param name="reversals">Every transaction that reverses the sale, directly or through a chain.</param>
    /// <param name="refundMinor">Minor units returned to the buyer.</param>
    /// <param name="idempotencyKey">Usually <see cref="LedgerKeys.Refund"/>.</param>
    /// <param name="occurredAt">When the refund was made.</param>
    /// <param name="references">The refund's references; the sale's when null.</param>
    /// <param name="balances">
    /// The parties' current balances. With them, a party's share is taken from pending, then available,
    /// then booked as a receivable (the balance goes negative), and a party absent from them has nothing
    /// to draw; without balances, every share comes from pending (the exact negation of the parts).
    /// </param>
    /// <exception cref="LedgerRuleException">Not a sale, already corrected, or refunds would exceed the price.</exception>
    public static LedgerTransaction Refund(
        LedgerTransaction sale, IEnumerable<LedgerTransaction> reversals, long refundMinor, string idempotencyKey,
        DateTimeOffset occurredAt, LedgerReferences? references = null, IReadOnlyDictionary<PartyId, PartyBalances>? balances = null)
    {
        var history = ReversalHistory.Of(sale, reversals);
        var amounts = RefundableAmounts(history, refundMinor);
        var before = history.RefundedMinor;
        var reversed = Refunds.ReversedNet(amounts, before + refundMinor) - Refunds.ReversedNet(amounts, before);
        var refunded = Refunds.MicrosOf(amounts, refundMinor);
        var postings = new List<Posting> { new(LedgerAccount.PlatformCash, -refunded, PostingMemos.Refund) };
        postings.AddRange(ReversedParts(history, reversed, new PayableDrawdown(balances)));
        if (refunded > reversed)
        {
            postings.Add(new Posting(LedgerAccount.PaymentFees, refunded - reversed, PostingMemos.FeeKept));
        }

        return Valid(new LedgerTransaction(
            LedgerTransactionId.For(idempotencyKey), idempotencyKey, LedgerTransactionKind.Refund, occurredAt, postings, references ?? sale.References)
        {
            Reverses = sale.Id,
            ReversalNumber = history.NextReversalNumber,
            RefundMinor = refundMinor,
        });
    }

    private static SaleAmounts RefundableAmounts(ReversalHistory history, long refundMinor)
    {
        var sale = history.Original;
        var problem = sale.Kind != LedgerTransactionKind.Sale || sale.Sale is null ? $"it is a {sale.Kind}, not a sale"
            : refundMinor <= 0 ? $"a refund returns a positive amount (was {refundMinor} minor units)"
            : history.IsCorrected ? "it has been reversed, so nothing is left to refund"
            : history.RefundedMinor + refundMinor > sale.Sale.PriceMinor
                ? $"refunding {refundMinor} would bring its refunds to {history.RefundedMinor + refundMinor} minor units, above its price ({sale.Sale.PriceMinor})"
            : null;
        return problem is null ? sale.Sale! : throw new LedgerRuleException($"Transaction '{sale.IdempotencyKey}' cannot be refunded: {problem}.");
    }

    // Weighting by what each part still holds (not by its original amount) means a share never
    // exceeds its weight: Apportion gives ⌊R·w/W⌋ or one more, which stays ≤ w while R ≤ W.
    private static List<Posting> ReversedParts(ReversalHistory history, long reversed, PayableDrawdown drawdown)
    {
        var sale = history.Original;
        var indexes = Enumerable.Range(0, sale.Postings.Count).Where(i => sale.Postings[i].IsPart).ToArray();
        var remaining = indexes.Select(history.RemainingMicros).ToArray();
        if (reversed > remaining.Sum())
        {
            throw new LedgerRuleException($"Transaction '{sale.IdempotencyKey}' cannot be refunded: its parts hold {remaining.Sum()} micros, less than the {reversed} to reverse.");
        }

        var shares = reversed == 0 ? new long[indexes.Length] : Apportion.Split(reversed, remaining);
        var postings = new List<Posting>();
        for (var k = 0; k < indexes.Length; k++)
        {
            var part = sale.Postings[indexes[k]];
            foreach (var (account, micros) in drawdown.Draw(part.Account, shares[k]))
            {
                postings.Add(part with { Account = account, AmountMicros = micros, Memo = PostingMemos.RefundedPart, Reverses = indexes[k] });
            }
        }

        return postings;
    }
}
