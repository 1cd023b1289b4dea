using JasperFx;
using Marten;
using Market.Store.Ledger;
using Market.Testing;

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
