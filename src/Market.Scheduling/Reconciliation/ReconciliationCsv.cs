using System.Globalization;
using System.Text;

namespace Market.Scheduling.Reconciliation;

/// <summary>Reconciliation reports as CSV (RFC 4180): one row per day and kind; a missing figure is an empty field, never 0.</summary>
public static class ReconciliationCsv
{
    /// <summary>The header row's fields.</summary>
    public static IReadOnlyList<string> Header { get; } = ["day", "kind", "expected_micros", "actual_micros", "drift_micros", "source", "note"];

    /// <summary>The CSV text of <paramref name="reports"/>, in the order given.</summary>
    public static string Of(IEnumerable<ReconciliationReport> reports)
    {
        var csv = new StringBuilder();
        Row(csv, Header);
        foreach (var report in reports)
        {
            foreach (var line in report.Lines)
            {
                Row(csv, [report.Id, line.Kind, Number(line.ExpectedMicros), Number(line.ActualMicros), Number(line.DriftMicros), report.Source, line.Note ?? ""]);
            }
        }

        return csv.ToString();
    }

    private static string Number(long? micros) => micros?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static void Row(StringBuilder csv, IEnumerable<string> fields) =>
        csv.Append(string.Join(',', fields.Select(Field))).Append("\r\n");

    private static string Field(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
