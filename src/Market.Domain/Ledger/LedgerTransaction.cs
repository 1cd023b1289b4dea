namespace Market.Domain.Ledger;

/// <summary>
/// One balanced, append-only ledger transaction (DESIGN 2.3). Its id derives from its idempotency
/// key (<see cref="LedgerTransactionId.For"/>), so a replayed command yields the same id. Build
/// them with <see cref="LedgerTransactions"/>; <see cref="LedgerRules"/> says what a valid one is.
/// </summary>
/// <param name="Id">The transaction id, derived from the key.</param>
/// <param name="IdempotencyKey">The money command's deterministic key, e.g. <c>sale:{order}:{line}</c>.</param>
/// <param name="Kind">What it records.</param>
/// <param name="OccurredAt">When it happened in the business: balances as of an instant use it.</param>
/// <param name="Postings">The lines, debits positive, credits negative, summing to zero.</param>
/// <param name="References">What it is about.</param>
public sealed record LedgerTransaction(
    Guid Id,
    string IdempotencyKey,
    LedgerTransactionKind Kind,
    DateTimeOffset OccurredAt,
    IReadOnlyList<Posting> Postings,
    LedgerReferences References)
{
    /// <summary>For a refund or reversal: the transaction it reverses.</summary>
    public Guid? Reverses { get; init; }

    /// <summary>
    /// For a refund or reversal: 1 for the first reversal of the original, 2 for the next... The store
    /// keeps (original, number) unique, so two reversals built from the same history cannot both land.
    /// </summary>
    public int? ReversalNumber { get; init; }

    /// <summary>For a sale: price, fee, net and commission.</summary>
    public SaleAmounts? Sale { get; init; }

    /// <summary>For a refund: the minor units returned to the buyer.</summary>
    public long? RefundMinor { get; init; }
}
