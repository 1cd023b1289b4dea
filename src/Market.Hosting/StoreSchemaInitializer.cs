using Marten;
using Market.Store.Files;
using Microsoft.Extensions.Hosting;

namespace Market.Hosting;

/// <summary>
/// Brings the schema up to date before the silo starts (it is registered first), so several
/// silos starting together do not race to create tables on first use.
/// </summary>
public sealed class StoreSchemaInitializer(IDocumentStore store, FileStore files) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await files.EnsureSchemaAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
