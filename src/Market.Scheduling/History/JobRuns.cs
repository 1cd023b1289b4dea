using Marten;

namespace Market.Scheduling.History;

/// <summary>Reads the job execution history.</summary>
public sealed class JobRuns(IDocumentStore store)
{
    /// <summary>The latest executions of <paramref name="job"/>, newest first.</summary>
    public async Task<IReadOnlyList<JobRun>> LatestAsync(string job, int count, CancellationToken cancellationToken = default)
    {
        await using var session = store.QuerySession();
        return await session.Query<JobRun>().Where(r => r.Job == job).OrderByDescending(r => r.StartedAt).Take(count).ToListAsync(cancellationToken);
    }

    /// <summary>The latest failed executions of <paramref name="job"/>, newest first.</summary>
    public async Task<IReadOnlyList<JobRun>> FailuresAsync(string job, int count, CancellationToken cancellationToken = default)
    {
        await using var session = store.QuerySession();
        return await session.Query<JobRun>().Where(r => r.Job == job && r.Succeeded == false)
            .OrderByDescending(r => r.StartedAt).Take(count).ToListAsync(cancellationToken);
    }
}
