using Market.Scheduling.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace Market.Scheduling;

/// <summary>
/// With schedules switched off, removes the cron triggers an earlier start stored in the job store:
/// the persistent store keeps them otherwise, and they would go on firing.
/// </summary>
public sealed class DisabledSchedules([FromKeyedServices(MarketScheduler.Name)] IScheduler scheduler, MarketJobs jobs) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var job in jobs.All)
        {
            await scheduler.UnscheduleJob(job.TriggerKey, cancellationToken);
        }
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
