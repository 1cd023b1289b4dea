namespace Market.Domain.Ledger;

public static partial class LedgerTransactions
{
    /// <summary>
    /// A correction (DESIGN 2.3): the exact negation of <paramref name="original"/>, line for line,
    /// linked to it. Reversing a reversal restores the original's effect.
    /// </summary>
    /// <param name="original">The transaction to correct.</param>
    /// <param name="reversals">Every transaction that reverses the original, directly or through a chain (the store's <c>GetReversalsAsync</c>).</param>
    /// <param name="idempotencyKey">Usually <see cref="LedgerKeys.Reversal"/>.</param>
    /// <param name="occurredAt">When the correction was made.</param>
    /// <param name="reason">Why, kept in the references' note.</param>
    /// <exception cref="LedgerRuleException">Something of the original is already reversed.</exception>
    public static LedgerTransaction Reversal(
        LedgerTransaction original, IEnumerable<LedgerTransaction> reversals, string idempotencyKey, DateTimeOffset occurredAt, string reason)
    {
        var history = ReversalHistory.Of(original, reversals);
        if (!history.IsUntouched)
        {
            throw new LedgerRuleException(
                $"Transaction '{original.IdempotencyKey}' is already partly or wholly reversed; reverse those reversals first, or refund what is left.");
        }

        var postings = original.Postings.Select((p, i) => p with { AmountMicros = -p.AmountMicros, Reverses = i }).ToList();
        return Valid(new LedgerTransaction(
            LedgerTransactionId.For(idempotencyKey), idempotencyKey, LedgerTransactionKind.Reversal, occurredAt, postings,
            original.References with { Note = reason })
        {
            Reverses = original.Id,
            ReversalNumber = history.NextReversalNumber,
        });
    }
}
