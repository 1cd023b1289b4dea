using Market.Scheduling.Reconciliation;

namespace Market.Web.Api.Admin;

/// <summary><c>GET /api/v1/admin/reconciliation</c>: the latest daily reconciliations with Stripe, newest first.</summary>
public static class ReconciliationReports
{
    /// <summary>Days answered.</summary>
    public const int Days = 31;

    /// <summary>Handles the call; a missing figure is null, never 0.</summary>
    public static async Task<IResult> Handle(Reconciler reconciler, CancellationToken cancellationToken) =>
        Results.Ok((await reconciler.LatestAsync(Days, cancellationToken)).Select(r => new
        {
            day = r.Id, computedAt = r.ComputedAt, source = r.Source, hasDrift = r.HasDrift, hasGaps = r.HasGaps,
            lines = r.Lines.Select(l => new { kind = l.Kind, expectedMicros = l.ExpectedMicros, actualMicros = l.ActualMicros, driftMicros = l.DriftMicros, note = l.Note }),
        }));
}
