using Market.Domain.Ids;
using Market.Domain.Ledger;
using Market.Domain.Royalties;

namespace Market.Store.Ledger;

/// <summary>Between the domain's transactions and the stored event; a round trip gives an equal transaction.</summary>
public static class LedgerEventMapping
{
    /// <summary>The event that records <paramref name="transaction"/>.</summary>
    public static LedgerTransactionRecorded ToEvent(LedgerTransaction transaction)
    {
        var r = transaction.References;
        return new LedgerTransactionRecorded(
            transaction.Id,
            transaction.IdempotencyKey,
            transaction.Kind.ToString(),
            transaction.OccurredAt,
            [.. transaction.Postings.Select(p => new RecordedPosting(
                p.Account.ToString(), p.AmountMicros, p.Memo, p.Role?.ToString(), p.Path?.ToLabels(), p.AttributionPpm, p.Reverses))],
            new RecordedReferences(r.OrderId, r.LineId, r.Work?.Value, r.Pool?.Value, r.Party?.Value, r.External, r.Note),
            transaction.Reverses,
            transaction.ReversalNumber,
            transaction.Sale is { } s ? new RecordedSale(s.PriceMinor, s.FeeMinor, s.NetMicros, s.PlatformMicros, s.MinorDigits) : null,
            transaction.RefundMinor);
    }

    /// <summary>The transaction an event records, as stored: not validated.</summary>
    /// <exception cref="FormatException">An account, kind, role or path that does not parse.</exception>
    public static LedgerTransaction ToTransaction(LedgerTransactionRecorded recorded)
    {
        var r = recorded.References;
        return new LedgerTransaction(
            recorded.TransactionId,
            recorded.IdempotencyKey,
            Parse<LedgerTransactionKind>(recorded.Kind),
            recorded.OccurredAt,
            [.. recorded.Postings.Select(ToPosting)],
            new LedgerReferences(
                r.OrderId, r.LineId, r.WorkId is null ? null : new WorkId(r.WorkId), r.ModelId is null ? null : new ModelId(r.ModelId),
                r.PartyId is null ? null : new PartyId(r.PartyId), r.External, r.Note))
        {
            Reverses = recorded.Reverses,
            ReversalNumber = recorded.ReversalNumber,
            Sale = recorded.Sale is { } s ? new SaleAmounts(s.PriceMinor, s.FeeMinor, s.NetMicros, s.PlatformMicros, s.MinorDigits) : null,
            RefundMinor = recorded.RefundMinor,
        };
    }

    private static Posting ToPosting(RecordedPosting p) => new(LedgerAccount.Parse(p.Account), p.AmountMicros, p.Memo)
    {
        Role = p.Role is null ? null : Parse<RoyaltyRole>(p.Role),
        Path = p.Path is null ? null : RoyaltyPath.Of(p.Path.Select(PathStep.Parse)),
        AttributionPpm = p.AttributionPpm,
        Reverses = p.Reverses,
    };

    private static T Parse<T>(string name)
        where T : struct, Enum =>
        Enum.TryParse<T>(name, ignoreCase: false, out var value) && Enum.IsDefined(value)
            ? value
            : throw new FormatException($"'{name}' is not a {typeof(T).Name}.");
}
