using Marten;
using Market.Store;
using Market.Store.Files;
using Market.Store.Ledger;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Market.Hosting;

/// <summary>
/// Brings the schema up to date before the silo starts (it is registered first), one process at
/// a time (<see cref="SchemaLock"/>), so silos starting together do not race to create tables.
/// </summary>
public sealed class StoreSchemaInitializer(IDocumentStore store, FileStore files, NpgsqlDataSource dataSource) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) =>
        SchemaLock.RunExclusiveAsync(dataSource, async () =>
        {
            await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
            await LedgerAppendOnly.EnsureAsync(store, cancellationToken);
            await files.EnsureSchemaAsync(cancellationToken);
        }, cancellationToken);

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
