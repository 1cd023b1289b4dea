using System.Text.RegularExpressions;
using Npgsql;

namespace Market.Benchmarks.Orders;

/// <summary>
/// <c>pg_stat_statements</c>' call counts for one database at one moment, per statement sent by a
/// client (top level; what a function runs inside is not counted apart). Unlike the cumulative
/// statistics of <c>pg_stat_database</c>, a call is counted as soon as it ends.
/// </summary>
public sealed partial class StatementCalls
{
    private readonly Dictionary<(long QueryId, long UserId), (long Calls, string Query)> _rows;

    private StatementCalls(Dictionary<(long QueryId, long UserId), (long Calls, string Query)> rows) => _rows = rows;

    /// <summary>Reads them for <paramref name="database"/>; throws <see cref="PostgresException"/> when the extension is missing.</summary>
    public static async Task<StatementCalls> ReadAsync(NpgsqlConnection connection, string database)
    {
        await using var command = new NpgsqlCommand(
            "SELECT queryid, userid::bigint, calls, query FROM pg_stat_statements " +
            "WHERE toplevel AND dbid = (SELECT oid FROM pg_database WHERE datname = $1)", connection)
        {
            Parameters = { new NpgsqlParameter { Value = database } },
        };
        var rows = new Dictionary<(long, long), (long, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows[(reader.GetInt64(0), reader.GetInt64(1))] = (reader.GetInt64(2), reader.GetString(3));
        }

        return new StatementCalls(rows);
    }

    /// <summary>The calls made between <paramref name="before"/> and this reading, and how many of them were transaction control.</summary>
    public StatementDelta Since(StatementCalls before)
    {
        var calls = _rows.Select(row => (Calls: row.Value.Calls - (before._rows.TryGetValue(row.Key, out var old) ? old.Calls : 0), row.Value.Query))
            .Where(row => row.Calls > 0).ToList();
        long Sum(Regex kind) => calls.Where(row => kind.IsMatch(row.Query)).Sum(row => row.Calls);
        return new StatementDelta(
            calls.Sum(row => row.Calls), Sum(Begin()), Sum(SentByNpgsql()), Sum(DiscardAll()),
            [.. calls.OrderByDescending(row => row.Calls).Take(15)]);
    }

    [GeneratedRegex(@"^\s*(begin|start\s+transaction)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Begin();

    // What Npgsql's NpgsqlTransaction sends on its own, each in a round trip of its own.
    [GeneratedRegex(@"^\s*(commit|rollback|end|abort|savepoint|release)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SentByNpgsql();

    [GeneratedRegex(@"^\s*discard\s+all\b", RegexOptions.IgnoreCase)]
    private static partial Regex DiscardAll();
}

/// <summary>Statement calls over a window.</summary>
/// <param name="Total">Every statement executed.</param>
/// <param name="Begins"><c>BEGIN</c>s (Npgsql sends each ahead of the transaction's first command, in its round trip).</param>
/// <param name="TransactionControl"><c>COMMIT</c>, <c>ROLLBACK</c> and savepoints: each a round trip of its own.</param>
/// <param name="Discards"><c>DISCARD ALL</c>: the pool's reset, sent ahead of the next command in its round trip.</param>
/// <param name="Top">The most called statements, with their calls.</param>
public sealed record StatementDelta(long Total, long Begins, long TransactionControl, long Discards, IReadOnlyList<(long Calls, string Query)> Top);
