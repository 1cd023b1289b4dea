using Marten;
using Npgsql;

namespace Market.Cluster.Tests.Cluster;

/// <summary>
/// Holds a payout run in the middle, in PostgreSQL and so in any silo process: a trigger on the sandbox
/// transfer table makes every insert after the first <c>n</c> wait for an advisory lock this test holds
/// on its own connection, until <see cref="ReleaseAsync"/>. Nothing in the product knows about it.
/// </summary>
public sealed class TransferHold : IAsyncDisposable
{
    // Any fixed number; it is used nowhere else (the payout gate's own lock key is a different one).
    private const int LockKey = 7_319_001;
    private const string Function = "market_tests_hold_transfers";
    private readonly NpgsqlConnection _connection;
    private readonly string _table;
    private bool _released;

    private TransferHold(NpgsqlConnection connection, string table) => (_connection, _table) = (connection, table);

    /// <summary>Installs the hold on the store's transfer table: inserts past the first <paramref name="passing"/> wait.</summary>
    public static async Task<TransferHold> InstallAsync(string connectionString, IDocumentStore store, int passing)
    {
        var table = SandboxTransfers.Table(store);
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var hold = new TransferHold(connection, table);
        await hold.ExecuteAsync($"select pg_advisory_lock({LockKey})");
        await hold.ExecuteAsync($"""
            create or replace function {Function}() returns trigger language plpgsql as $$
            begin
                if (select count(*) from {table}) >= {passing} then
                    perform pg_advisory_xact_lock({LockKey});
                end if;
                return new;
            end $$;
            create trigger {Function} before insert on {table} for each row execute function {Function}();
            """);
        return hold;
    }

    /// <summary>Waits until some session waits on the hold: a run is in the middle.</summary>
    public async Task ReachedAsync(TimeSpan timeout, Func<string> describe)
    {
        await Eventually.Get(
            "a transfer waiting on the hold",
            async () => await WaitingSessionsAsync(),
            waiting => waiting > 0,
            timeout,
            describe);
    }

    /// <summary>
    /// Lifts the hold: ends the sessions waiting on it first when <paramref name="endHeldSessions"/>
    /// (their insert is not written), then frees the lock and removes the trigger, in that order: the
    /// trigger's removal waits for every insert in flight, and those wait for the lock.
    /// </summary>
    public async Task ReleaseAsync(bool endHeldSessions)
    {
        if (endHeldSessions)
        {
            await ExecuteAsync($"""
                create temporary table if not exists held_sessions as
                    select pid from pg_locks where locktype = 'advisory' and objid = {LockKey} and not granted;
                select pg_terminate_backend(pid) from held_sessions;
                """);
            await Eventually.Get(
                "the held sessions ended",
                async () => await CountAsync("select count(*) from pg_stat_activity where pid in (select pid from held_sessions)"),
                left => left == 0,
                TimeSpan.FromSeconds(10),
                () => "PostgreSQL did not end the held sessions");
        }

        await ExecuteAsync($"select pg_advisory_unlock({LockKey})");
        await ExecuteAsync($"drop trigger if exists {Function} on {_table}; drop function if exists {Function}()");
        _released = true;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_released)
            {
                await ReleaseAsync(endHeldSessions: false);
            }
        }
        finally
        {
            await _connection.DisposeAsync();
        }
    }

    private Task<long> WaitingSessionsAsync() =>
        CountAsync($"select count(*) from pg_locks where locktype = 'advisory' and objid = {LockKey} and not granted");

    private async Task<long> CountAsync(string sql)
    {
        await using var command = new NpgsqlCommand(sql, _connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var command = new NpgsqlCommand(sql, _connection);
        await command.ExecuteNonQueryAsync();
    }
}
