using Npgsql;

namespace Market.Testing;

/// <summary>
/// The private PostgreSQL that <c>infra/test.sh</c> starts. Tests never skip without it: they fail
/// with a message that says how to start it.
/// </summary>
public static class TestPostgres
{
    /// <summary>Environment variable holding a connection string to the server's maintenance database.</summary>
    public const string Variable = "MARKET_TEST_PG";

    /// <summary>The connection string to the maintenance database.</summary>
    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set: these tests need the private PostgreSQL. Run infra/test.sh, " +
                "or start it with infra/pg.sh start and export the connection string it prints.");

    /// <summary>Creates an empty database with a unique name; drop it by disposing the result.</summary>
    public static async Task<TestDatabase> CreateDatabaseAsync(string purpose)
    {
        var name = $"t_{purpose.ToLowerInvariant()}_{Guid.NewGuid():N}"[..Math.Min(60, purpose.Length + 35)];
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        var builder = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name };
        return new TestDatabase(name, builder.ConnectionString);
    }

    // A forced drop still fails while a process the test role may not terminate (an autovacuum
    // worker) is in the database; such a worker finishes within moments, so the drop is retried.
    internal static async Task DropDatabaseAsync(string name)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(AdminConnectionString);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException) when (attempt < 20)
            {
                await Task.Delay(500);
            }
        }
    }
}

/// <summary>A database of one test fixture, dropped when disposed.</summary>
public sealed class TestDatabase(string name, string connectionString) : IAsyncDisposable
{
    /// <summary>The database name.</summary>
    public string Name { get; } = name;

    /// <summary>A connection string to it.</summary>
    public string ConnectionString { get; } = connectionString;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await TestPostgres.DropDatabaseAsync(Name);
    }
}
