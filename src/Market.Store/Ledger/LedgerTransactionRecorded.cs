namespace Market.Store.Ledger;

/// <summary>
/// Event: a ledger transaction was recorded. Each transaction is the one event of a stream whose id
/// is the transaction id — itself derived from the idempotency key — so the event store's primary key
/// on stream ids is the unique constraint behind every money command. Plain data, never validated on
/// read, so the invariant check can still read a corrupted one and report it.
/// </summary>
/// <param name="TransactionId">The transaction (and stream) id.</param>
/// <param name="IdempotencyKey">The money command's key.</param>
/// <param name="Kind">The <c>LedgerTransactionKind</c>, by name.</param>
/// <param name="OccurredAt">When it happened in the business.</param>
/// <param name="Postings">The lines, debits positive.</param>
/// <param name="References">What it is about.</param>
/// <param name="Reverses">For a refund or reversal, the transaction it reverses.</param>
/// <param name="ReversalNumber">For a refund or reversal, its number among the original's reversals.</param>
/// <param name="Sale">For a sale, its amounts.</param>
/// <param name="RefundMinor">For a refund, the minor units returned.</param>
public sealed record LedgerTransactionRecorded(
    Guid TransactionId,
    string IdempotencyKey,
    string Kind,
    DateTimeOffset OccurredAt,
    IReadOnlyList<RecordedPosting> Postings,
    RecordedReferences References,
    Guid? Reverses = null,
    int? ReversalNumber = null,
    RecordedSale? Sale = null,
    long? RefundMinor = null);

/// <summary>One posting of a <see cref="LedgerTransactionRecorded"/>, with the account by its stored id and the path by its labels.</summary>
public sealed record RecordedPosting(
    string Account,
    long AmountMicros,
    string Memo,
    string? Role = null,
    IReadOnlyList<string>? Path = null,
    long? AttributionPpm = null,
    int? Reverses = null);

/// <summary>The references of a <see cref="LedgerTransactionRecorded"/>, ids as strings.</summary>
public sealed record RecordedReferences(
    string? OrderId = null,
    string? LineId = null,
    string? WorkId = null,
    string? ModelId = null,
    string? PartyId = null,
    string? External = null,
    string? Note = null);

/// <summary>The amounts of a recorded sale.</summary>
public sealed record RecordedSale(long PriceMinor, long FeeMinor, long NetMicros, long PlatformMicros, int MinorDigits);
