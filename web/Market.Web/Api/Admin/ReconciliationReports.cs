using System.Text.Json.Serialization;
using Market.Scheduling.Reconciliation;

namespace Market.Web.Api.Admin;

/// <summary><c>GET /api/v1/admin/reconciliation</c>: the latest daily reconciliations with Stripe, newest first.</summary>
public static class ReconciliationReports
{
    /// <summary>Days answered.</summary>
    public const int Days = 31;

    /// <summary>One day.</summary>
    public sealed record Day(string Date, DateTimeOffset ComputedAt, string Source, bool HasDrift, bool HasGaps, IReadOnlyList<Line> Lines);

    /// <summary>One kind on that day; a figure that could not be obtained is written as null (never left out, never 0).</summary>
    public sealed record Line(
        string Kind,
        long ExpectedMicros,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] long? ActualMicros,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] long? DriftMicros,
        string? Note);

    /// <summary>Handles the call.</summary>
    public static async Task<IResult> Handle(Reconciler reconciler, CancellationToken cancellationToken) =>
        Results.Ok((await reconciler.LatestAsync(Days, cancellationToken)).Select(r => new Day(
            r.Id, r.ComputedAt, r.Source, r.HasDrift, r.HasGaps,
            [.. r.Lines.Select(l => new Line(l.Kind, l.ExpectedMicros, l.ActualMicros, l.DriftMicros, l.Note))])));
}
