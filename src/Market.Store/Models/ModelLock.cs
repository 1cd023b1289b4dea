using Npgsql;

namespace Market.Store.Models;

/// <summary>
/// Serializes every change to one model version's training set (imports and the seal) across all
/// processes, with a transaction-scoped PostgreSQL advisory lock. The Model grain already runs one
/// call at a time; this also holds when an import runs in a web process, or a silo fails over.
/// </summary>
internal static class ModelLock
{
    /// <summary>Takes the lock of <paramref name="modelId"/> until <paramref name="transaction"/> ends.</summary>
    public static async Task TakeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string modelId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = "market.model:" + modelId });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
