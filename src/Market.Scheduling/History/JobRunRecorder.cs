using Marten;
using Quartz;

namespace Market.Scheduling.History;

/// <summary>Records every job execution's start and outcome as a <see cref="JobRun"/> document.</summary>
public sealed class JobRunRecorder(IDocumentStore store, TimeProvider time) : IJobListener
{
    /// <inheritdoc />
    public string Name => "market-job-runs";

    /// <inheritdoc />
    public async ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var session = store.LightweightSession();
        session.Store(new JobRun
        {
            Id = context.FireInstanceId,
            Job = context.JobDetail.Key.Name,
            Node = context.Scheduler.SchedulerInstanceId,
            ScheduledFor = context.ScheduledFireTimeUtc ?? context.FireTimeUtc,
            StartedAt = time.GetUtcNow(),
        });
        await session.SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        await using var session = store.LightweightSession();
        var run = await session.LoadAsync<JobRun>(context.FireInstanceId, cancellationToken) ?? new JobRun
        {
            Id = context.FireInstanceId,
            Job = context.JobDetail.Key.Name,
            Node = context.Scheduler.SchedulerInstanceId,
            ScheduledFor = context.ScheduledFireTimeUtc ?? context.FireTimeUtc,
            StartedAt = context.FireTimeUtc,
        };
        run.FinishedAt = time.GetUtcNow();
        run.Succeeded = jobException is null;
        run.Message = jobException is null ? context.Result?.ToString() : Describe(jobException);
        session.Store(run);
        await session.SaveChangesAsync(cancellationToken);
    }

    // Quartz wraps what the job threw (twice); the admin wants the job's own words.
    private static string Describe(JobExecutionException e)
    {
        Exception cause = e;
        while (cause.InnerException is { } inner && cause.GetType().Namespace?.StartsWith("Quartz", StringComparison.Ordinal) == true)
        {
            cause = inner;
        }

        return $"{cause.GetType().Name}: {cause.Message}";
    }
}
