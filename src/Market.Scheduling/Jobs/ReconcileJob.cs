using Market.Scheduling.Reconciliation;
using Quartz;

namespace Market.Scheduling.Jobs;

/// <summary>
/// Reconciles the last few days (ending with the firing's day) with Stripe. Drift is reported, not
/// a failure; a day whose Stripe figures could not be obtained fails the run, so it shows as one.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ReconcileJob(Reconciler reconciler, ScheduleOptions schedules) : IJob
{
    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var last = DateOnly.FromDateTime((context.ScheduledFireTimeUtc ?? context.FireTimeUtc).UtcDateTime);
        var reports = new List<ReconciliationReport>();
        for (var day = last.AddDays(1 - schedules.ReconcileDays); day <= last; day = day.AddDays(1))
        {
            reports.Add(await reconciler.ReconcileAsync(day, cancellationToken));
        }

        var drifting = reports.Where(r => r.HasDrift).Select(r => r.Id).ToList();
        var missing = reports.Where(r => r.HasGaps && r.Lines.All(l => l.ActualMicros is null)).Select(r => r.Id).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"No Stripe figures for {string.Join(", ", missing)}: {reports.First(r => r.HasGaps).Lines[0].Note}");
        }

        context.Result = $"{reports.Count} days reconciled" + (drifting.Count > 0 ? $"; drift on {string.Join(", ", drifting)}." : "; no drift.");
    }
}
