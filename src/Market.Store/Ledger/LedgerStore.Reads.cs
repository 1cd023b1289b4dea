using Marten;
using Market.Domain.Ledger;
using Npgsql;

namespace Market.Store.Ledger;

public sealed partial class LedgerStore
{
    private const int LoadChunk = 1_000;

    /// <summary>The transaction posted under <paramref name="idempotencyKey"/>, or null.</summary>
    public async Task<LedgerTransaction?> GetAsync(string idempotencyKey, CancellationToken cancellationToken = default)
    {
        var found = await GetAsync(LedgerTransactionId.For(idempotencyKey), cancellationToken);
        return found is null || found.IdempotencyKey == idempotencyKey ? found : null;
    }

    /// <summary>The transaction with id <paramref name="transactionId"/>, read from its event, or null.</summary>
    public async Task<LedgerTransaction?> GetAsync(Guid transactionId, CancellationToken cancellationToken = default)
    {
        await using var session = store.QuerySession();
        var events = await session.Events.FetchStreamAsync(transactionId, token: cancellationToken);
        return events.Select(e => e.Data).OfType<LedgerTransactionRecorded>().Select(LedgerEventMapping.ToTransaction).FirstOrDefault();
    }

    /// <summary>
    /// Every transaction that reverses <paramref name="transactionId"/>, directly or by reversing one
    /// of its reversals: what the refund and correction builders need to stay within the original.
    /// </summary>
    public async Task<IReadOnlyList<LedgerTransaction>> GetReversalsAsync(Guid transactionId, CancellationToken cancellationToken = default)
    {
        var sql = $"""
            with recursive tree as (
                select transaction_id from {_tables.Transactions} where reverses = $1
                union all
                select t.transaction_id from {_tables.Transactions} t join tree on t.reverses = tree.transaction_id)
            select transaction_id from tree
            """;
        var ids = new List<Guid>();
        await using (var connection = await store.OpenLedgerConnectionAsync(cancellationToken))
        await using (var command = new NpgsqlCommand(sql, connection) { Parameters = { new() { Value = transactionId } } })
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetGuid(0));
            }
        }

        return [.. (await LoadAsync(ids, cancellationToken)).Values];
    }

    /// <summary>The transactions with these ids that exist, read from their events, by id.</summary>
    public async Task<IReadOnlyDictionary<Guid, LedgerTransaction>> LoadAsync(IReadOnlyCollection<Guid> transactionIds, CancellationToken cancellationToken = default)
    {
        var found = new Dictionary<Guid, LedgerTransaction>();
        await using var session = store.QuerySession();
        foreach (var chunk in transactionIds.Chunk(LoadChunk))
        {
            var events = await session.Events.QueryAllRawEvents().Where(e => e.StreamId.IsOneOf(chunk)).ToListAsync(cancellationToken);
            foreach (var recorded in events.Select(e => e.Data).OfType<LedgerTransactionRecorded>())
            {
                found.TryAdd(recorded.TransactionId, LedgerEventMapping.ToTransaction(recorded));
            }
        }

        return found;
    }

    // The projection row commits with the event, so a row here means the stream exists.
    private async Task<HashSet<Guid>> PostedIdsAsync(Guid[] ids, CancellationToken cancellationToken)
    {
        var posted = new HashSet<Guid>();
        await using var connection = await store.OpenLedgerConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"select transaction_id from {_tables.Transactions} where transaction_id = any($1)", connection)
        {
            Parameters = { new() { Value = ids } },
        };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            posted.Add(reader.GetGuid(0));
        }

        return posted;
    }
}
