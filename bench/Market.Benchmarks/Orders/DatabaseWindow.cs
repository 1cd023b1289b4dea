using Npgsql;

namespace Market.Benchmarks.Orders;

/// <summary>
/// What PostgreSQL did for the app between <see cref="OpenAsync"/> and <see cref="CloseAsync"/>:
/// transactions committed in the app's database, statements and round trips, WAL written, and the
/// server processes' CPU. The readings are taken on a connection of their own, to another database
/// when one is given, so they do not count themselves.
/// </summary>
public sealed class DatabaseWindow : IDisposable
{
    // PostgreSQL 15 backends publish their transaction counts to pg_stat_database at most once a second;
    // counts held back that way reach it when the backend has been idle for 10 s (PGSTAT_IDLE_INTERVAL).
    // Each reading waits this long after the buyers stop, so the window gets its own commits, not the
    // warm-up's (waiting 1.5 s instead, three 6 s windows of the same code gave 30-36 commits per order).
    private static readonly TimeSpan StatisticsSettle = TimeSpan.FromSeconds(11);

    private readonly string _statsConnectionString;
    private readonly string _database;
    private readonly NpgsqlOperations _operations = new();
    private DatabaseReading? _before;
    private int? _postmaster;
    private TimeSpan? _cpuBefore;

    private DatabaseWindow(string statsConnectionString, string database) => (_statsConnectionString, _database) = (statsConnectionString, database);

    /// <summary>
    /// Takes the first reading of <paramref name="appConnectionString"/>'s database, through
    /// <paramref name="statsConnectionString"/> (another database of the same server) or the app's own.
    /// Call it when the app is idle; the window starts when it returns.
    /// </summary>
    public static async Task<DatabaseWindow> OpenAsync(string appConnectionString, string? statsConnectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(appConnectionString).Database
            ?? throw new ArgumentException("The --pg connection string names no database.");
        var window = new DatabaseWindow(new NpgsqlConnectionStringBuilder(statsConnectionString ?? appConnectionString) { Pooling = false }.ConnectionString, database);
        await window.StartAsync();
        return window;
    }

    /// <summary>Ends the window (call it as soon as the app is idle again) and returns what it saw.</summary>
    public async Task<DatabaseLoad> CloseAsync()
    {
        var before = _before ?? throw new InvalidOperationException("The window was never opened.");
        var operations = _operations.Stop();
        var cpuAfter = _postmaster is { } postmaster ? PostgresCpu.Total(postmaster) : null;
        await Task.Delay(StatisticsSettle);
        var after = await ReadAsync();
        var statements = after.Statements is { } now && before.Statements is { } then ? now.Since(then) : null;
        return new DatabaseLoad(
            after.Commits - before.Commits, after.WalBytes - before.WalBytes, operations,
            statements, statements is null ? after.StatementsMissing ?? before.StatementsMissing : null,
            cpuAfter - _cpuBefore, _cpuBefore is null || cpuAfter is null ? "postgres-processes-not-found-in-/proc" : null);
    }

    /// <inheritdoc />
    public void Dispose() => _operations.Dispose();

    private async Task StartAsync()
    {
        await Task.Delay(StatisticsSettle);
        _before = await ReadAsync();
        _postmaster = _before.Postmaster;
        _cpuBefore = _postmaster is { } postmaster ? PostgresCpu.Total(postmaster) : null;
        _operations.Start();
    }

    private async Task<DatabaseReading> ReadAsync()
    {
        await using var connection = new NpgsqlConnection(_statsConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT xact_commit FROM pg_stat_database WHERE datname = $1), " +
            "pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint, pg_backend_pid()", connection)
        {
            Parameters = { new NpgsqlParameter { Value = _database } },
        };
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var (commits, wal, backend) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt32(2));
        await reader.CloseAsync();
        // The reading connection's backend is a child of the postmaster, which finds the server's
        // processes; asked while the connection is open, since the backend exits with it.
        var postmaster = PostgresCpu.PostmasterOf(backend);
        try
        {
            return new DatabaseReading(commits, wal, postmaster, await StatementCalls.ReadAsync(connection, _database), null);
        }
        catch (PostgresException e)
        {
            // Without pg_stat_statements the other figures still stand; this one says why it is missing.
            var missing = e.SqlState == PostgresErrorCodes.UndefinedTable ? "extension-pg_stat_statements-not-created"
                : e.SqlState == PostgresErrorCodes.ObjectNotInPrerequisiteState ? "pg_stat_statements-not-in-shared_preload_libraries"
                : "pg_stat_statements-error-" + e.SqlState;
            return new DatabaseReading(commits, wal, postmaster, null, missing);
        }
    }

    private sealed record DatabaseReading(long Commits, long WalBytes, int? Postmaster, StatementCalls? Statements, string? StatementsMissing);
}
