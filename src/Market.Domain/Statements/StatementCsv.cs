using System.Security.Cryptography;
using System.Text;

namespace Market.Domain.Statements;

/// <summary>
/// A statement as one RFC 4180 table (CRLF, fields quoted when they hold a comma, quote or line
/// break, UTF-8 without a byte order mark). Every row has the same columns; <c>type</c> says what the
/// row is — <c>opening</c>, <c>line</c>, <c>adjustment</c> (a line dated in an earlier, already closed
/// month), <c>payout</c>, <c>closing</c>, <c>controlTotals</c>, <c>subCentCarried</c> — so any standard
/// reader gets the same numbers as the JSON.
/// </summary>
public static class StatementCsv
{
    /// <summary>The columns, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "type", "period", "at", "transactionId", "kind", "orderId", "workId", "role", "path", "route",
        "attributionPpm", "grossMinor", "feeMinor", "commissionMicros", "lineCount", "amountMicros", "amount",
    ];

    /// <summary>The statement's bytes; the same statement always gives the same bytes.</summary>
    public static byte[] ToBytes(Statement statement)
    {
        // Straight to UTF-8: a 100,000-line statement would otherwise be built twice, as text and as bytes.
        using var bytes = new MemoryStream();
        using (var csv = Writer(bytes))
        {
            Write(csv, statement);
        }

        return bytes.ToArray();
    }

    /// <summary>
    /// <see cref="StatementHash"/> of <see cref="ToBytes"/>, hashed as they are written and never held:
    /// what the JSON and the page show and check against a closed period's record (45 MB for 100,000 lines).
    /// </summary>
    public static string Sha256(Statement statement)
    {
        using var sha = SHA256.Create();
        using (var csv = Writer(new CryptoStream(Stream.Null, sha, CryptoStreamMode.Write)))
        {
            Write(csv, statement);
        }

        return Convert.ToHexStringLower(sha.Hash!);
    }

    // Disposing the writer disposes its stream: a hashing stream then finishes its hash (a memory stream's ToArray still works).
    private static StreamWriter Writer(Stream stream) => new(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);

    private static void Write(StreamWriter csv, Statement statement)
    {
        // Lines of one path share its labels (see StatementLines): each path is joined once.
        var paths = new Dictionary<IReadOnlyList<string>, string>(ReferenceEqualityComparer.Instance);
        Row(csv, Columns);
        var period = statement.Period.ToString();
        Row(csv, Summary("opening", period, statement.OpeningMicros));
        foreach (var line in statement.Lines)
        {
            Row(csv, [
                line.Adjustment ? "adjustment" : "line", period, StatementAmounts.Instant(line.At), line.TransactionId.ToString("N"), line.Kind, line.OrderId ?? "", line.WorkId ?? "",
                line.Role ?? "", Joined(paths, line.Path), line.Route, Optional(line.AttributionPpm), StatementAmounts.Whole(line.GrossMinor),
                Optional(line.FeeMinor), Optional(line.CommissionMicros), "", StatementAmounts.Whole(line.AmountMicros), StatementAmounts.Major(line.AmountMicros),
            ]);
        }

        foreach (var payout in statement.Payouts)
        {
            Row(csv, [
                "payout", period, StatementAmounts.Instant(payout.At), payout.TransferId, "payout", "", "", "", "", "", "", "", "", "", "",
                StatementAmounts.Whole(payout.AmountMicros), StatementAmounts.Major(payout.AmountMicros),
            ]);
        }

        Row(csv, Summary("closing", period, statement.ClosingMicros));
        var control = Summary("controlTotals", period, statement.SumMicros);
        control[14] = StatementAmounts.Whole(statement.LineCount);
        Row(csv, control);
        Row(csv, Summary("subCentCarried", period, statement.SubCentCarriedMicros));
    }

    private static string Joined(Dictionary<IReadOnlyList<string>, string> paths, IReadOnlyList<string> path)
    {
        if (!paths.TryGetValue(path, out var joined))
        {
            joined = string.Join(" > ", path);
            paths[path] = joined;
        }

        return joined;
    }

    private static string[] Summary(string type, string period, long micros)
    {
        var row = new string[Columns.Count];
        Array.Fill(row, "");
        (row[0], row[1], row[15], row[16]) = (type, period, StatementAmounts.Whole(micros), StatementAmounts.Major(micros));
        return row;
    }

    private static string Optional(long? value) => value is { } v ? StatementAmounts.Whole(v) : "";

    private static void Row(StreamWriter csv, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) csv.Write(',');
            var field = fields[i];
            csv.Write(field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field);
        }

        csv.Write("\r\n");
    }
}
