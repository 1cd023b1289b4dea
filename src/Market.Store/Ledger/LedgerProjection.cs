using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace Market.Store.Ledger;

/// <summary>
/// Inline projection of <see cref="LedgerTransactionRecorded"/> into <see cref="LedgerTables"/>: in the
/// same database transaction as the event, one statement inserts the transaction's row and all its
/// postings. Deterministic: everything written comes from the event, time included — except the
/// writing transaction's id, which statements compare with closed periods' snapshots (a rebuild of
/// these tables would make every posting look later than every close).
/// </summary>
public sealed class LedgerProjection : EventProjection
{
    private readonly string _insert;

    /// <summary>A projection writing to <paramref name="tables"/>, which it also asks Weasel to create.</summary>
    public LedgerProjection(LedgerTables tables)
    {
        IncludeType<LedgerTransactionRecorded>();
        foreach (var table in tables.Build())
        {
            SchemaObjects.Add(table);
        }

        _insert = $"""
            with header as (
                insert into {tables.Transactions} (transaction_id, idempotency_key, kind, occurred_at, reverses, reversal_number)
                values (?, ?, ?, ?, nullif(?, '00000000-0000-0000-0000-000000000000'::uuid), nullif(?, 0)))
            insert into {tables.Postings} (transaction_id, idx, account, amount, occurred_at, {LedgerTables.RecordedXid})
            select ?, (p.ordinality - 1)::integer, p.account, p.amount, ?, pg_current_xact_id()
            from unnest(?::text[], ?::bigint[]) with ordinality as p(account, amount, ordinality)
            """;
    }

    /// <inheritdoc />
    public override ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation)
    {
        if (e.Data is LedgerTransactionRecorded recorded)
        {
            // PostgreSQL stores instants in UTC; Npgsql refuses other offsets for timestamptz. Absent
            // links travel as the empty id and 0, turned back into nulls by the statement.
            var at = recorded.OccurredAt.ToUniversalTime();
            operations.QueueSqlCommand(
                _insert,
                recorded.TransactionId, recorded.IdempotencyKey, recorded.Kind, at,
                recorded.Reverses ?? Guid.Empty,
                recorded.ReversalNumber ?? 0,
                recorded.TransactionId, at,
                recorded.Postings.Select(p => p.Account).ToArray(),
                recorded.Postings.Select(p => p.AmountMicros).ToArray());
        }

        return ValueTask.CompletedTask;
    }
}
