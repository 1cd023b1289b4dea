using JasperFx;
using Marten;
using Market.Testing;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Serialization.Serializers;

namespace Market.Store.Tests.Orleans;

/// <summary>
/// A fresh database with the Orleans documents' schema applied, one Marten store on it and Orleans'
/// serializer: built once per test class, shared by its tests (each test uses its own keys).
/// </summary>
public sealed class MartenFixture : IAsyncLifetime
{
    private TestDatabase? _database;
    private ServiceProvider? _serialization;

    /// <summary>The Marten store on the test database.</summary>
    public IDocumentStore Store { get; private set; } = null!;

    /// <summary>Orleans' serializer, which knows this assembly's test state types.</summary>
    public Serializer Serializer => _serialization!.GetRequiredService<Serializer>();

    /// <summary>Orleans' activators, which create default states.</summary>
    public IActivatorProvider Activators => _serialization!.GetRequiredService<IActivatorProvider>();

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _database = await TestPostgres.CreateDatabaseAsync("orleans");
        Store = await CreateStoreAsync(_database.ConnectionString);
        _serialization = new ServiceCollection().AddSerializer().BuildServiceProvider();
    }

    /// <summary>
    /// A store configured like <c>AddMarketStore</c> plus the Orleans documents, with the schema applied
    /// up front so that tests running in parallel do not race to create it.
    /// </summary>
    public static async Task<IDocumentStore> CreateStoreAsync(string connectionString)
    {
        var store = DocumentStore.For(options =>
        {
            options.Connection(connectionString);
            options.DatabaseSchemaName = new MarketStoreOptions().Schema;
            options.AutoCreateSchemaObjects = AutoCreate.All;
            Market.Store.Orleans.OrleansDocuments.Register(options);
        });
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        return store;
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        Store.Dispose();
        if (_serialization is not null)
        {
            await _serialization.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
