using Market.Scheduling;
using Market.Scheduling.History;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Market.Web.Tests.Scheduling;

/// <summary>Fires Market's Quartz jobs by hand and waits for the outcome the run recorder stored.</summary>
public static class ScheduledJobs
{
    /// <summary>The app's scheduler.</summary>
    public static IScheduler Scheduler(MarketApp app) => app.Services.GetRequiredKeyedService<IScheduler>(MarketScheduler.Name);

    /// <summary>Triggers <paramref name="job"/> now and answers its finished run.</summary>
    public static async Task<JobRun> RunAsync(MarketApp app, JobKey job)
    {
        var runs = app.Services.GetRequiredService<JobRuns>();
        var before = (await runs.LatestAsync(job.Name, 100)).Select(r => r.Id).ToHashSet();
        await Scheduler(app).TriggerJob(job);
        return await FinishedAsync(runs, job.Name, r => !before.Contains(r.Id), TimeSpan.FromSeconds(30));
    }

    /// <summary>Waits (up to <paramref name="timeout"/>) for a finished run of <paramref name="job"/> matching <paramref name="which"/>.</summary>
    public static async Task<JobRun> FinishedAsync(JobRuns runs, string job, Func<JobRun, bool> which, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if ((await runs.LatestAsync(job, 100)).FirstOrDefault(r => which(r) && r.FinishedAt is not null) is { } done)
            {
                return done;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No run of {job} finished within {timeout}.");
    }
}
