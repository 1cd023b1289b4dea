using Market.Contracts.Payouts;
using Market.Grains.Payouts;
using Market.Store.Payouts;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Market.Scheduling.Jobs;

/// <summary>
/// Resumes every payout run that has parties waiting out a rate limit and whose earliest retry time has
/// come (by the runs' own clock). Resuming retries those parties' transfers under their same keys; a run
/// that still has waiting parties asks to be resumed again later, and one that fails (Stripe down,
/// another run holding the gate) keeps its due time and is tried at the next firing.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ResumePayoutRunsJob(
    IGrainFactory grains, PayoutRunRetries retries, [FromKeyedServices(PayoutRunGrain.ClockKey)] TimeProvider time) : IJob
{
    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var due = await retries.DueAsync(time.GetUtcNow(), cancellationToken);
        var outcomes = new List<string>(due.Count);
        Exception? first = null;
        foreach (var runId in due)
        {
            try
            {
                var run = await grains.GetGrain<IPayoutRunGrain>(runId).Run();
                if (run.Status == "completed")
                {
                    // The run clears its own entry; this covers a crash between its last write and that.
                    await retries.ClearAsync(runId, cancellationToken);
                }

                outcomes.Add($"{runId} {run.Status}");
            }
            catch (Exception failed) when (failed is not OperationCanceledException)
            {
                // One run's failure must not keep the others waiting; it is reported once they are done.
                first ??= failed;
                outcomes.Add($"{runId} failed");
            }
        }

        context.Result = due.Count == 0 ? "No payout run was due." : $"Resumed {due.Count}: {string.Join(", ", outcomes)}.";
        if (first is not null)
        {
            throw new InvalidOperationException($"{context.Result} First failure: {first.Message}", first);
        }
    }
}
