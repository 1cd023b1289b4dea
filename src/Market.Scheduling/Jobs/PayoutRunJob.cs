using Market.Contracts.Payouts;
using Quartz;

namespace Market.Scheduling.Jobs;

/// <summary>
/// Starts (or resumes) the payout run of this firing. The run id comes from the scheduled fire time
/// (for a recovered firing, the original firing's: see <see cref="FiringTime"/>),
/// so a repeated or recovered firing of the same schedule continues the same run instead of starting
/// a second one; the grain's own gate keeps any two runs from overlapping.
/// </summary>
[DisallowConcurrentExecution]
public sealed class PayoutRunJob(IGrainFactory grains) : IJob
{
    /// <summary>
    /// The run id of a firing scheduled at <paramref name="scheduledFireTimeUtc"/>, to the tick: cron
    /// firings fall on whole seconds, but two "run now" firings can share a second and must not share a run.
    /// </summary>
    public static string RunIdOf(DateTimeOffset scheduledFireTimeUtc) =>
        "scheduled_" + scheduledFireTimeUtc.UtcDateTime.ToString("yyyyMMdd'T'HHmmss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var runId = RunIdOf(FiringTime.ScheduledOf(context));
        var run = await grains.GetGrain<IPayoutRunGrain>(runId).Run();
        var paid = run.Lines.Count(l => l.Status == "paid");
        context.Result = $"Run {run.RunId} {run.Status}: {run.Lines.Count} parties considered, {paid} paid.";
    }
}
