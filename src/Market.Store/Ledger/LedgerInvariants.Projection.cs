using Npgsql;

namespace Market.Store.Ledger;

public sealed partial class LedgerInvariants
{
    // PostgreSQL keeps instants to the microsecond; an event keeps .NET's 100 ns ticks.
    private static readonly TimeSpan Precision = TimeSpan.FromMicroseconds(1);

    // Row by row: the projection of each event of the page must be exactly what the event says.
    private async Task CompareProjectionAsync(NpgsqlConnection connection, List<LedgerTransactionRecorded> page, LedgerAudit audit, CancellationToken cancellationToken)
    {
        var ids = page.Select(r => r.TransactionId).ToArray();
        var headers = new Dictionary<Guid, (string Key, string Kind, DateTimeOffset At, Guid? Reverses, int? Number)>();
        var postings = new Dictionary<Guid, List<(string Account, long Amount, DateTimeOffset At)>>();
        await ReadAsync(connection, $"select transaction_id, idempotency_key, kind, occurred_at, reverses, reversal_number from {_tables.Transactions} where transaction_id = any($1)", ids,
            r => headers[r.GetGuid(0)] = (r.GetString(1), r.GetString(2), r.GetFieldValue<DateTimeOffset>(3),
                r.IsDBNull(4) ? null : r.GetGuid(4), r.IsDBNull(5) ? null : r.GetInt32(5)), cancellationToken);
        await ReadAsync(connection, $"select transaction_id, account, amount, occurred_at from {_tables.Postings} where transaction_id = any($1) order by transaction_id, idx", ids,
            r => (postings.TryGetValue(r.GetGuid(0), out var list) ? list : postings[r.GetGuid(0)] = []).Add((r.GetString(1), r.GetInt64(2), r.GetFieldValue<DateTimeOffset>(3))), cancellationToken);
        foreach (var recorded in page)
        {
            var id = recorded.TransactionId;
            if (!headers.TryGetValue(id, out var header))
            {
                audit.Report(id, "the transactions projection lacks it");
            }
            else if (header != (recorded.IdempotencyKey, recorded.Kind, header.At, recorded.Reverses, recorded.ReversalNumber) || !Near(header.At, recorded.OccurredAt))
            {
                audit.Report(id, $"the transactions projection differs from its event: {header} against ({recorded.IdempotencyKey}, {recorded.Kind}, {recorded.OccurredAt:O}, {recorded.Reverses}, {recorded.ReversalNumber})");
            }

            ComparePostings(recorded, postings.GetValueOrDefault(id) ?? [], audit);
        }
    }

    private static void ComparePostings(LedgerTransactionRecorded recorded, List<(string Account, long Amount, DateTimeOffset At)> rows, LedgerAudit audit)
    {
        if (rows.Count != recorded.Postings.Count)
        {
            audit.Report(recorded.TransactionId, $"the postings projection holds {rows.Count} postings of it, its event {recorded.Postings.Count}");
            return;
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var (account, amount) = (recorded.Postings[i].Account, recorded.Postings[i].AmountMicros);
            if (rows[i].Account != account || rows[i].Amount != amount || !Near(rows[i].At, recorded.OccurredAt))
            {
                audit.Report(recorded.TransactionId, $"posting {i} is {account} {amount} in its event but {rows[i].Account} {rows[i].Amount} at {rows[i].At:O} in the postings projection");
            }
        }
    }

    // Balance by balance: each account's sum over the projection must equal the fold of the events.
    private async Task CompareBalancesAsync(NpgsqlConnection connection, LedgerAudit audit, CancellationToken cancellationToken)
    {
        var projected = new Dictionary<string, Int128>(StringComparer.Ordinal);
        await ReadAsync(connection, $"select account, sum(amount)::text from {_tables.Postings} group by account", null,
            r => projected[r.GetString(0)] = Int128.Parse(r.GetString(1), System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        foreach (var account in projected.Keys.Union(audit.Balances.Keys).Order(StringComparer.Ordinal))
        {
            var (fromProjection, fromEvents) = (projected.GetValueOrDefault(account), audit.Balances.GetValueOrDefault(account));
            if (fromProjection != fromEvents)
            {
                audit.Report(null, $"account {account} sums to {fromProjection} micros in the postings projection but {fromEvents} in a fresh fold of the events");
            }
        }
    }

    // Keys: a stream holds one transaction, so a key twice is a stream with two events. Projection
    // rows without an event are leftovers the fold cannot explain.
    private async Task CheckKeysAsync(NpgsqlConnection connection, LedgerAudit audit, CancellationToken cancellationToken)
    {
        await ReadAsync(connection, $"select stream_id, count(*) from {_tables.Events} where type = $1 group by stream_id having count(*) > 1", LedgerSchema.EventTypeName,
            r => audit.Report(r.GetGuid(0), $"its idempotency key is recorded {r.GetInt64(1)} times"), cancellationToken);
        foreach (var table in new[] { _tables.Transactions, _tables.Postings })
        {
            await ReadAsync(connection, $"select distinct p.transaction_id from {table} p where not exists (select 1 from {_tables.Events} e where e.stream_id = p.transaction_id)", null,
                r => audit.Report(r.GetGuid(0), $"{table} holds rows for it, but no event records it"), cancellationToken);
        }
    }

    private static bool Near(DateTimeOffset a, DateTimeOffset b) => (a - b).Duration() < Precision;

    private static async Task ReadAsync(NpgsqlConnection connection, string sql, object? parameter, Action<NpgsqlDataReader> row, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        if (parameter is not null)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            row(reader);
        }
    }
}
