using Market.Store;
using Market.Store.Models;
using Npgsql;

namespace Market.Web.Models;

/// <summary>Creates the training-set tables before the API serves, one process at a time (<see cref="SchemaLock"/>).</summary>
public sealed class TrainingSetSchemaInitializer(TrainingSetTables tables, NpgsqlDataSource dataSource) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) =>
        SchemaLock.RunExclusiveAsync(dataSource, () => tables.EnsureSchemaAsync(cancellationToken), cancellationToken);

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
