namespace Market.Domain.Ledger;

/// <summary>
/// What every ledger transaction must satisfy on its own (DESIGN 2.3): a key and the id it gives,
/// postings that exist, are not zero and sum to zero, and the rules of its kind. The store rejects
/// a transaction that breaks one; the invariant check reports stored ones that do.
/// </summary>
public static partial class LedgerRules
{
    /// <summary>Everything wrong with <paramref name="transaction"/>, each as a clause; empty when valid.</summary>
    public static IReadOnlyList<string> ProblemsOf(LedgerTransaction transaction)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(transaction.IdempotencyKey))
        {
            problems.Add("it has no idempotency key");
        }
        else if (transaction.Id != LedgerTransactionId.For(transaction.IdempotencyKey))
        {
            problems.Add($"its id {transaction.Id} is not the one its idempotency key gives ({LedgerTransactionId.For(transaction.IdempotencyKey)})");
        }

        if (transaction.Postings.Count == 0)
        {
            problems.Add("it has no postings");
            return problems;
        }

        Int128 sum = 0;
        for (var i = 0; i < transaction.Postings.Count; i++)
        {
            var posting = transaction.Postings[i];
            sum += posting.AmountMicros;
            if (posting.AmountMicros == 0)
            {
                problems.Add($"posting {i} ({posting.Account}) has no amount");
            }
        }

        if (sum != 0)
        {
            problems.Add($"its postings sum to {sum} micros, not zero");
        }

        AddKindProblems(transaction, problems);
        return problems;
    }

    /// <summary>Throws when <paramref name="transaction"/> breaks a rule, naming every problem.</summary>
    /// <exception cref="LedgerRuleException">The transaction is not valid.</exception>
    public static void EnsureValid(LedgerTransaction transaction)
    {
        var problems = ProblemsOf(transaction);
        if (problems.Count > 0)
        {
            throw new LedgerRuleException(transaction.IdempotencyKey, problems);
        }
    }
}
