using Market.Benchmarks.Cli;

namespace Market.Benchmarks.Orders;

/// <summary>What PostgreSQL did over the measured window (<see cref="DatabaseWindow"/>).</summary>
/// <param name="Commits"><c>xact_commit</c> of the app's database: every committed transaction, implicit ones and <c>DISCARD ALL</c> included.</param>
/// <param name="WalBytes">WAL written by the whole server (<c>pg_current_wal_lsn()</c> difference).</param>
/// <param name="NpgsqlOperations">Commands and batches this process executed (<see cref="Orders.NpgsqlOperations"/>).</param>
/// <param name="Statements">Statement calls, or null (see <paramref name="StatementsMissing"/>).</param>
/// <param name="StatementsMissing">Why there are none, words joined by '-'.</param>
/// <param name="PostgresCpu">CPU time of the server's processes, or null (see <paramref name="CpuMissing"/>).</param>
/// <param name="CpuMissing">Why there is none, words joined by '-'.</param>
public sealed record DatabaseLoad(
    long Commits, long WalBytes, long NpgsqlOperations, StatementDelta? Statements, string? StatementsMissing, TimeSpan? PostgresCpu, string? CpuMissing)
{
    /// <summary>The report's fields per paid order; a figure that could not be measured is <c>n/a</c> with a <c>*_missing</c> reason.</summary>
    public IEnumerable<(string Key, string Value)> PerOrder(long paid, TimeSpan appCpu)
    {
        string Per(double value, int decimals = 2) => paid > 0 ? Report.Number(value / paid, decimals) : "n/a";
        yield return ("commits_per_order", Per(Commits));
        yield return ("wal_bytes_per_order", Per(WalBytes, 0));
        yield return ("app_cpu_ms_per_order", Per(appCpu.TotalMilliseconds));
        yield return ("pg_cpu_ms_per_order", PostgresCpu is { } cpu ? Per(cpu.TotalMilliseconds) : "n/a");
        if (CpuMissing is not null) yield return ("pg_cpu_missing", CpuMissing);
        yield return ("npgsql_operations_per_order", Per(NpgsqlOperations));
        if (Statements is { } s)
        {
            // A round trip per command or batch, plus one per COMMIT/ROLLBACK/savepoint Npgsql sends by itself.
            yield return ("round_trips_per_order", Per(NpgsqlOperations + s.TransactionControl));
            yield return ("statements_per_order", Per(s.Total));
            yield return ("begins_per_order", Per(s.Begins));
            yield return ("transaction_control_per_order", Per(s.TransactionControl));
            yield return ("discards_per_order", Per(s.Discards));
        }
        else
        {
            yield return ("round_trips_per_order", "n/a");
            yield return ("statements_per_order", "n/a");
            yield return ("statements_missing", StatementsMissing ?? "unknown");
        }
    }

    /// <summary>The most called statements of the window, per paid order, on one line each, for the log.</summary>
    public IEnumerable<string> TopStatements(long paid) =>
        Statements is null || paid == 0 ? [] : Statements.Top.Select(row => $"{Report.Number((double)row.Calls / paid)} per order: {OneLine(row.Query, 140)}");

    private static string OneLine(string query, int length)
    {
        var line = string.Join(' ', query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length > length ? line[..length] + "…" : line;
    }
}
