using Marten;
using Market.Store;
using Market.Store.Files;
using Market.Store.Ledger;
using Market.Store.Secrets;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Market.Hosting;

/// <summary>
/// Brings the schema up to date before the silo starts (it is registered first), one process at
/// a time (<see cref="SchemaLock"/>), so silos starting together do not race to create tables; then
/// encrypts secrets still stored in plain text and checks that the key-encryption key opens them all.
/// </summary>
public sealed class StoreSchemaInitializer(IDocumentStore store, FileStore files, NpgsqlDataSource dataSource, IEnumerable<ISecretsAtRest> secrets) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) =>
        SchemaLock.RunExclusiveAsync(dataSource, async () =>
        {
            await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
            await LedgerAppendOnly.EnsureAsync(store, cancellationToken);
            await files.EnsureSchemaAsync(cancellationToken);
            foreach (var kind in secrets)
            {
                await kind.SealAndCheckAsync(cancellationToken);
            }
        }, cancellationToken);

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
