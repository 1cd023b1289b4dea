using Npgsql;

namespace Market.Store;

/// <summary>
/// Serializes schema set-up across every process on the database with a PostgreSQL advisory
/// lock: silos starting together on an empty database would otherwise race to create the same
/// tables and indexes, and the loser would crash.
/// </summary>
public static class SchemaLock
{
    // An arbitrary constant shared by every Market process: "Market" in ASCII.
    private const long LockKey = 0x4D61726B6574;

    /// <summary>Runs <paramref name="work"/> while holding the schema lock.</summary>
    public static async Task RunExclusiveAsync(NpgsqlDataSource dataSource, Func<Task> work, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({LockKey})", connection))
        {
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            await work();
        }
        finally
        {
            await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({LockKey})", connection);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }
}
