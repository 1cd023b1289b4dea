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
public sealed class StatementLedger(IDocumentStore store)
{
    private readonly LedgerTables _tables = new(store.Options.DatabaseSchemaName, store.Options.Events.DatabaseSchemaName);

    /// <summary>The transactions that posted to <paramref name="party"/>'s accounts at or after <paramref name="from"/> and before <paramref name="to"/>.</summary>
    /// <remarks>
    /// One query straight from the postings index to the events (a 100,000-line month is thousands of
    /// transactions: no id list goes back and forth).
    /// </remarks>
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

    // The transactions whose ids the subquery selects, read straight from the events; parameters $1.. are
    // the subquery's. Events are mapped on every core, as parsing their accounts and paths is most of the cost.
    private async Task<IReadOnlyList<LedgerTransaction>> ReadAsync(string idsQuery, object[] values, CancellationToken cancellationToken)
    {
        var typeParameter = "$" + (values.Length + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var sql = $"select data from {_tables.Events} where type = {typeParameter} and stream_id in ({idsQuery})";
        var serializer = store.Options.Serializer();
        var recorded = new List<LedgerTransactionRecorded>();
        await using (var connection = await store.OpenLedgerConnectionAsync(cancellationToken))
        await using (var command = new NpgsqlCommand(sql, connection))
        {
            foreach (var value in values) command.Parameters.Add(new() { Value = value });
            command.Parameters.Add(new() { Value = LedgerSchema.EventTypeName });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                recorded.Add(serializer.FromJson<LedgerTransactionRecorded>(reader, 0));
            }
        }

        return recorded.AsParallel().WithCancellation(cancellationToken).Select(LedgerEventMapping.ToTransaction).ToList();
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
