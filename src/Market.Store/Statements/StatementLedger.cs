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
public sealed class StatementLedger(IDocumentStore store, LedgerStore ledger)
{
    private readonly LedgerTables _tables = new(store.Options.DatabaseSchemaName, store.Options.Events.DatabaseSchemaName);

    /// <summary>The transactions that posted to <paramref name="party"/>'s accounts at or after <paramref name="from"/> and before <paramref name="to"/>.</summary>
    public async Task<IReadOnlyList<LedgerTransaction>> TransactionsAsync(PartyId party, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var sql = $"select distinct transaction_id from {_tables.Postings} where account = any($1) and occurred_at >= $2 and occurred_at < $3";
        var ids = new List<Guid>();
        await using (var connection = await store.OpenLedgerConnectionAsync(cancellationToken))
        await using (var command = new NpgsqlCommand(sql, connection))
        {
            command.Parameters.Add(new() { Value = LedgerAccount.OfParty(party).Select(a => a.ToString()).ToArray() });
            command.Parameters.Add(new() { Value = from.ToUniversalTime() });
            command.Parameters.Add(new() { Value = to.ToUniversalTime() });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetGuid(0));
            }
        }

        return [.. (await ledger.LoadAsync(ids, cancellationToken)).Values];
    }

    /// <summary>Every transaction, whoever it touched, that occurred at or after <paramref name="from"/> and before <paramref name="to"/>, in time order: what the platform-wide reports are made of.</summary>
    public async Task<IReadOnlyList<LedgerTransaction>> AllTransactionsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var ids = new List<Guid>();
        await using (var connection = await store.OpenLedgerConnectionAsync(cancellationToken))
        await using (var command = new NpgsqlCommand($"select transaction_id from {_tables.Transactions} where occurred_at >= $1 and occurred_at < $2", connection))
        {
            command.Parameters.Add(new() { Value = from.ToUniversalTime() });
            command.Parameters.Add(new() { Value = to.ToUniversalTime() });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) ids.Add(reader.GetGuid(0));
        }

        return [.. (await ledger.LoadAsync(ids, cancellationToken)).Values.OrderBy(t => t.OccurredAt).ThenBy(t => t.Id)];
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
