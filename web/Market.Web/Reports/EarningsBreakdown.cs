using Market.Domain.Royalties;
using Market.Domain.Statements;

namespace Market.Web.Reports;

/// <summary>One bar of a chart: a label and an amount in micros.</summary>
public sealed record Bar(string Label, long Micros);

/// <summary>A party's earnings (every statement line since their first) summed four ways, for the dashboard charts.</summary>
public sealed record EarningsBreakdown(IReadOnlyList<Bar> ByMonth, IReadOnlyList<Bar> ByWork, IReadOnlyList<Bar> ByRole, IReadOnlyList<Bar> ByModel)
{
    /// <summary>What "by model" calls money that reached no model.</summary>
    public const string NoModel = "No model (your own sales)";

    /// <summary>Everything earned, net of refunds.</summary>
    public long TotalMicros => ByRole.Sum(b => b.Micros);

    /// <summary>Sums <paramref name="lines"/>; <paramref name="names"/> names works and models by their path labels.</summary>
    public static EarningsBreakdown Of(IReadOnlyList<StatementLine> lines, IReadOnlyDictionary<string, string> names) => new(
        Sum(lines, l => l.At.UtcDateTime.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), byLabel: true),
        Sum(lines, l => Name(names, OwnWork(l))),
        Sum(lines, l => l.Role ?? l.Kind),
        Sum(lines, l => ModelOf(l) is { } model ? Name(names, model) : NoModel));

    /// <summary>The label (<c>model:id</c>) of the first model version on the line's route, reached directly or through its pool; null when none was.</summary>
    public static string? ModelOf(StatementLine line) =>
        line.Path.Select(PathStep.Parse).FirstOrDefault(s => s.Kind is NodeKind.Model or NodeKind.Pool) is { Id: not null } step
            ? new PathStep(NodeKind.Model, step.Id).ToString()
            : null;

    /// <summary>The model labels of every pool on the lines' routes, so they can be named like models.</summary>
    public static IEnumerable<string> ModelLabelsOfPools(IEnumerable<string> labels) =>
        labels.Select(PathStep.Parse).Where(s => s.Kind == NodeKind.Pool).Select(s => new PathStep(NodeKind.Model, s.Id).ToString());

    /// <summary>The work of the party's that the money reached: the last work on the route (the sold work itself for a creator or owner).</summary>
    public static string OwnWork(StatementLine line) =>
        line.Path.LastOrDefault(p => PathStep.Parse(p).Kind == NodeKind.Work) ?? (line.WorkId is { } work ? new PathStep(NodeKind.Work, work).ToString() : "");

    private static string Name(IReadOnlyDictionary<string, string> names, string label) =>
        names.TryGetValue(label, out var name) ? name : label.Length == 0 ? "unknown" : PathStep.Parse(label).Id;

    // Largest first, except months, which read in time order.
    private static List<Bar> Sum(IEnumerable<StatementLine> lines, Func<StatementLine, string> key, bool byLabel = false)
    {
        var bars = lines.GroupBy(key).Select(g => new Bar(g.Key, g.Sum(l => l.AmountMicros)));
        return byLabel ? [.. bars.OrderBy(b => b.Label, StringComparer.Ordinal)] : [.. bars.OrderByDescending(b => b.Micros).ThenBy(b => b.Label, StringComparer.Ordinal)];
    }
}
