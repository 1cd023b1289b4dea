using Marten;
using Market.Store.Orleans;
using Market.Testing;
using Microsoft.Extensions.Configuration;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace Market.Store.Tests.Orleans.Cluster;

/// <summary>
/// Two in-process silos whose membership table and grain storage are Marten on a fresh database,
/// and a client that finds them through the same table. Built once for the test class.
/// </summary>
public sealed class MartenClusterFixture : IAsyncLifetime
{
    private const string ConnectionStringKey = "MarketStoreTests:ConnectionString";
    private TestDatabase? _database;

    /// <summary>The running cluster.</summary>
    public TestCluster Cluster { get; private set; } = null!;

    /// <summary>A Marten store of its own on the cluster's database, to look at what the silos wrote.</summary>
    public IDocumentStore Store { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _database = await TestPostgres.CreateDatabaseAsync("cluster");
        // Schema first, so that silos and client starting together do not race to create it.
        Store = await MartenFixture.CreateStoreAsync(_database.ConnectionString);

        var builder = new TestClusterBuilder(2);
        builder.Options.UseTestClusterMembership = false;
        builder.Options.ClusterId = $"store-tests-{Guid.NewGuid():N}";
        builder.Properties[ConnectionStringKey] = _database.ConnectionString;
        builder.AddSiloBuilderConfigurator<SiloOnMarten>();
        builder.AddClientBuilderConfigurator<ClientOnMarten>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (Cluster is not null)
        {
            // Disposing a cluster whose silos still run has hung for minutes.
            await Cluster.StopAllSilosAsync();
            await Cluster.DisposeAsync();
        }

        Store?.Dispose();

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private static MarketStoreOptions StoreOptions(IConfiguration configuration) =>
        new() { ConnectionString = configuration[ConnectionStringKey]! };

    private sealed class SiloOnMarten : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.Services.AddMarketStore(StoreOptions(siloBuilder.Configuration));
            siloBuilder.UseMartenClustering().AddMartenGrainStorage("market");
        }
    }

    private sealed class ClientOnMarten : IClientBuilderConfigurator
    {
        public void Configure(IConfiguration configuration, IClientBuilder clientBuilder)
        {
            clientBuilder.Services.AddMarketStore(StoreOptions(configuration));
            clientBuilder.UseMartenClustering();
        }
    }
}
