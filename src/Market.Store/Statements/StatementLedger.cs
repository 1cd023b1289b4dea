using Marten;
using Market.Domain.Ids;
using Market.Domain.Ledger;
using Market.Store.Ledger;
using Npgsql;

namespace Market.Store.Statements;

/// <summary>
/// The ledger reads a statement needs, over the postings projection's (account, occurred_at) index:
/// which transactions touched a party's accounts in a span, and which parties had any posting before
/// an instant (whom a period close covers).
/// </summary>
public sealed partial class StatementLedger(IDocumentStore store)
{
    private readonly LedgerTables _tables = new(store.Options.DatabaseSchemaName, store.Options.Events.DatabaseSchemaName);

    /// <summary>The transactions that posted to <paramref name="party"/>'s accounts at or after <paramref name="from"/> and before <paramref name="to"/>.</summary>
    /// <remarks>The ids come from the postings projection's (account, occurred_at) index, the events by their stream index.</remarks>
    public Task<IReadOnlyList<LedgerTransaction>> TransactionsAsync(PartyId party, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        ReadAsync(
            $"select transaction_id from {_tables.Postings} where account = any($1) and occurred_at >= $2 and occurred_at < $3",
            [LedgerAccount.OfParty(party).Select(a => a.ToString()).ToArray(), from.ToUniversalTime(), to.ToUniversalTime()],
            cancellationToken);

    /// <summary>Every transaction, whoever it touched, that occurred at or after <paramref name="from"/> and before <paramref name="to"/>, in time order: what the platform-wide reports are made of.</summary>
    public async Task<IReadOnlyList<LedgerTransaction>> AllTransactionsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var transactions = await ReadAsync(
            $"select transaction_id from {_tables.Transactions} where occurred_at >= $1 and occurred_at < $2",
            [from.ToUniversalTime(), to.ToUniversalTime()],
            cancellationToken);
        return [.. transactions.OrderBy(t => t.OccurredAt).ThenBy(t => t.Id)];
    }

    // The transactions whose ids the query selects: the ids first, then their events by stream id in
    // chunks. One statement with `stream_id in (subquery)` was planned as a nested loop over every
    // posting for every event whenever the tables' statistics were stale (after a bulk month, before
    // autovacuum analysed them): 250 million comparisons, 12 s for a 100,000-line statement instead of
    // 50 ms. Looking events up by an id array uses the stream index whatever the statistics say.
    // Events are mapped on every core, as parsing their accounts and paths is most of the cost.
    private async Task<IReadOnlyList<LedgerTransaction>> ReadAsync(string idsQuery, object[] values, CancellationToken cancellationToken)
    {
        var recorded = new List<LedgerTransactionRecorded>();
        await using (var connection = await store.OpenLedgerConnectionAsync(cancellationToken))
        {
            var ids = await IdsAsync(connection, idsQuery, values, cancellationToken);
            foreach (var chunk in ids.Chunk(EventsPerRead))
            {
                await ReadEventsAsync(connection, chunk, recorded, cancellationToken);
            }
        }

        return recorded.AsParallel().WithCancellation(cancellationToken).Select(LedgerEventMapping.ToTransaction).ToList();
    }

    private const int EventsPerRead = 10_000;

    private static async Task<List<Guid>> IdsAsync(NpgsqlConnection connection, string idsQuery, object[] values, CancellationToken cancellationToken)
    {
        var ids = new List<Guid>();
        await using var command = new NpgsqlCommand($"select distinct transaction_id from ({idsQuery}) selected", connection);
        foreach (var value in values) command.Parameters.Add(new() { Value = value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    private async Task ReadEventsAsync(NpgsqlConnection connection, Guid[] ids, List<LedgerTransactionRecorded> into, CancellationToken cancellationToken)
    {
        var serializer = store.Options.Serializer();
        await using var command = new NpgsqlCommand($"select data from {_tables.Events} where stream_id = any($1) and type = $2", connection)
        {
            Parameters = { new() { Value = ids }, new() { Value = LedgerSchema.EventTypeName } },
        };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            into.Add(serializer.FromJson<LedgerTransactionRecorded>(reader, 0));
        }
    }

    /// <summary>The first instant anything was posted to <paramref name="party"/>'s accounts, or null.</summary>
    public async Task<DateTimeOffset?> FirstActivityAsync(PartyId party, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenLedgerConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"select min(occurred_at) from {_tables.Postings} where account = any($1)", connection)
        {
            Parameters = { new() { Value = LedgerAccount.OfParty(party).Select(a => a.ToString()).ToArray() } },
        };
        return await command.ExecuteScalarAsync(cancellationToken) is DateTime first ? new DateTimeOffset(first, TimeSpan.Zero) : null;
    }

    /// <summary>Every party with a posting before <paramref name="before"/>, in ordinal order.</summary>
    public async Task<IReadOnlyList<PartyId>> PartiesBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        var sql = $"select distinct account from {_tables.Postings} where account like 'party:%' and occurred_at < $1";
        var parties = new HashSet<PartyId>();
        await using var connection = await store.OpenLedgerConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new() { Value = before.ToUniversalTime() } } };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (LedgerAccount.Parse(reader.GetString(0)).Party is { } party)
            {
                parties.Add(party);
            }
        }

        return [.. parties.Order(PartyId.Ordinal)];
    }
}
