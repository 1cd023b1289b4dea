using Market.Domain.Parties;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Market.Store;
using Npgsql;

namespace Market.Web.Identity;

/// <summary>
/// Creates Identity's tables and roles when missing. EnsureCreated is not usable here: it does
/// nothing once any table exists, and Marten's tables share the database.
/// </summary>
public sealed class IdentitySchemaInitializer(IServiceProvider services, NpgsqlDataSource dataSource) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) =>
        SchemaLock.RunExclusiveAsync(dataSource, () => CreateAsync(cancellationToken), cancellationToken);

    private async Task CreateAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketIdentityDbContext>();
        if (!await TablesExistAsync(cancellationToken))
        {
            await using var command = dataSource.CreateCommand($"CREATE SCHEMA IF NOT EXISTS {MarketIdentityDbContext.Schema}");
            await command.ExecuteNonQueryAsync(cancellationToken);
            await db.GetService<IRelationalDatabaseCreator>().CreateTablesAsync(cancellationToken);
        }

        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<bool> TablesExistAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT to_regclass('{MarketIdentityDbContext.Schema}.\"AspNetUsers\"') IS NOT NULL");
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
