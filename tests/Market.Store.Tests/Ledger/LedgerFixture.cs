using JasperFx;
using Marten;
using Market.Domain.Ledger;
using Market.Store.Ledger;
using Market.Testing;
using Npgsql;

namespace Market.Store.Tests.Ledger;

/// <summary>
/// A fresh database with the ledger's schema applied, shared by one test class. Tests keep apart by
/// using their own order ids; classes that corrupt the ledger get a fixture of their own.
/// </summary>
public sealed class LedgerFixture : IAsyncLifetime
{
    private TestDatabase? _database;

    /// <summary>The Marten store, configured like <c>AddMarketStore</c> plus <c>AddMarketLedger</c>.</summary>
    public IDocumentStore Store { get; private set; } = null!;

    /// <summary>The ledger on the store.</summary>
    public LedgerStore Ledger { get; private set; } = null!;

    /// <summary>The invariant check on the store.</summary>
    public LedgerInvariants Invariants { get; private set; } = null!;

    /// <summary>The test database's connection string, for SQL that goes around the ledger.</summary>
    public string ConnectionString => _database!.ConnectionString;

    /// <summary>How many PostgreSQL transactions wrote <paramref name="transactions"/>: rows one transaction wrote share its id (xmin).</summary>
    public async Task<long> CommittingTransactionsAsync(IEnumerable<LedgerTransaction> transactions)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(distinct xmin::text) from market.ledger_transactions where transaction_id = any($1)", connection)
        {
            Parameters = { new() { Value = transactions.Select(t => t.Id).ToArray() } },
        };
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// Runs <paramref name="sql"/> with the append-only triggers switched off for its one transaction:
    /// what only the tables' owner can do, to plant the corruption a check must find.
    /// </summary>
    public async Task TamperAsync(string sql)
    {
        var tables = new LedgerTables(Store.Options.DatabaseSchemaName, Store.Options.Events.DatabaseSchemaName);
        var off = string.Join("", new[] { tables.Transactions, tables.Postings, tables.Events }.Select(t => $"alter table {t} disable trigger {LedgerAppendOnly.TriggerName};"));
        var on = off.Replace("disable trigger", "enable trigger", StringComparison.Ordinal);
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"begin;{off}{sql};{on}commit;", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _database = await TestPostgres.CreateDatabaseAsync("ledger");
        Store = DocumentStore.For(options =>
        {
            options.Connection(_database.ConnectionString);
            options.DatabaseSchemaName = new MarketStoreOptions().Schema;
            options.AutoCreateSchemaObjects = AutoCreate.All;
            LedgerSchema.Register(options);
        });
        await Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await LedgerAppendOnly.EnsureAsync(Store);
        Ledger = new LedgerStore(Store);
        Invariants = new LedgerInvariants(Store);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        Store.Dispose();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
