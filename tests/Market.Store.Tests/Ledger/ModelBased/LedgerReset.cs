using Marten;
using Market.Store.Ledger;
using Npgsql;

namespace Market.Store.Tests.Ledger.ModelBased;

/// <summary>
/// Empties the ledger of a fixture between sequences: each starts from nothing, so the model can
/// compare absolute balances and counts, and a sequence that broke the ledger cannot fail the next.
/// Emptying four tables is cheap where a database or schema per sequence is not.
/// </summary>
internal static class LedgerReset
{
    private const int Attempts = 5;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public static async Task EmptyAsync(IDocumentStore store, string connectionString)
    {
        var tables = new LedgerTables(store.Options.DatabaseSchemaName, store.Options.Events.DatabaseSchemaName);
        var streams = $"{store.Options.Events.DatabaseSchemaName}.mt_streams";
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        for (var attempt = 1; ; attempt++)
        {
            await WaitUntilQuietAsync(connection);
            try
            {
                await using var truncate = new NpgsqlCommand($"truncate {tables.Events}, {streams}, {tables.Transactions}, {tables.Postings}", connection);
                await truncate.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DeadlockDetected && attempt < Attempts)
            {
                // Lost to a tombstone write that started after the wait; wait again.
            }
        }
    }

    // After an append fails — every replay, every lost reversal race — Marten writes tombstone
    // events in the background, so the event sequence keeps no gaps. Such a write can still be
    // running when a sequence ends; truncating under it deadlocks.
    private static async Task WaitUntilQuietAsync(NpgsqlConnection connection)
    {
        var until = DateTimeOffset.UtcNow + Patience;
        await using var busy = new NpgsqlCommand(
            "select count(*) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and state <> 'idle'", connection);
        while ((long)(await busy.ExecuteScalarAsync())! > 0 && DateTimeOffset.UtcNow < until)
        {
            await Task.Delay(20);
        }
    }
}
