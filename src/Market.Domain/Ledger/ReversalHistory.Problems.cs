namespace Market.Domain.Ledger;

public sealed partial class ReversalHistory
{
    /// <summary>
    /// Every way the original's direct reversals break the rules: linking to a posting it lacks,
    /// sitting on the same side as what they reverse, using an unrelated account, reversing more of a
    /// posting than it holds, or refunding more than the line's price. Each names the reversal at fault.
    /// </summary>
    public IReadOnlyList<LedgerViolation> Problems()
    {
        var problems = new List<LedgerViolation>();
        var taken = new long[Original.Postings.Count];
        long refunded = 0;
        foreach (var reversal in Direct)
        {
            if (reversal.Kind == LedgerTransactionKind.Refund && Original.Kind != LedgerTransactionKind.Sale)
            {
                problems.Add(new(reversal.Id, $"it refunds '{Original.IdempotencyKey}', a {Original.Kind}, not a sale"));
            }

            AddPostingProblems(reversal, taken, problems);
            if (reversal.Kind == LedgerTransactionKind.Refund && IsInEffect(reversal))
            {
                refunded += reversal.RefundMinor ?? 0;
                if (Original.Sale is { } sale && refunded > sale.PriceMinor)
                {
                    problems.Add(new(reversal.Id, $"refunds of '{Original.IdempotencyKey}' now total {refunded} minor units, above its price ({sale.PriceMinor})"));
                }
            }
        }

        return problems;
    }

    private void AddPostingProblems(LedgerTransaction reversal, long[] taken, List<LedgerViolation> problems)
    {
        var itsOwn = NetReversed(reversal);
        var overReported = new HashSet<int>();
        for (var j = 0; j < reversal.Postings.Count; j++)
        {
            var posting = reversal.Postings[j];
            if (posting.Reverses is not { } i)
            {
                continue;
            }

            if (i < 0 || i >= taken.Length)
            {
                problems.Add(new(reversal.Id, $"posting {j} reverses posting {i}, which '{Original.IdempotencyKey}' does not have"));
                continue;
            }

            var target = Original.Postings[i];
            if (Math.Sign(posting.AmountMicros) == Math.Sign(target.AmountMicros))
            {
                problems.Add(new(reversal.Id, $"posting {j} ({posting.Account}) is on the same side as posting {i}, which it reverses"));
            }

            if (!Undoes(reversal.Kind, target.Account, posting.Account))
            {
                problems.Add(new(reversal.Id, $"posting {j} reverses {target.Account} through an unrelated account ({posting.Account})"));
            }

            taken[i] += posting.Magnitude - itsOwn[j];
            if (taken[i] > target.Magnitude && overReported.Add(i))
            {
                problems.Add(new(reversal.Id, $"it over-reverses posting {i} ({target.Account}) of '{Original.IdempotencyKey}': {taken[i]} of {target.Magnitude} micros"));
            }
        }
    }

    // A refund may take a party's part from any of the party's drawable buckets or book it as a
    // receivable (DESIGN 2.4); everything else is reversed on the account it was posted to.
    private static bool Undoes(LedgerTransactionKind kind, LedgerAccount original, LedgerAccount reversing) =>
        original == reversing
        || (kind == LedgerTransactionKind.Refund && original.Party is { } party && reversing.Party == party
            && reversing.Kind is LedgerAccountKind.Pending or LedgerAccountKind.Available or LedgerAccountKind.Receivable);
}
