using Market.Scheduling.History;
using Market.Scheduling.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Market.Scheduling;

/// <summary>
/// The Quartz scheduler every Market node runs: one named scheduler on a persistent, clustered
/// PostgreSQL job store, so all nodes form one cluster and each firing runs on exactly one of them.
/// Every node registers every job, with the same keys and schedules.
/// </summary>
public static class MarketScheduler
{
    /// <summary>The scheduler's name; nodes sharing it (and the database) form one cluster.</summary>
    public const string Name = "market";

    /// <summary>Adds the scheduler, its jobs and cron triggers (UTC), the run recorder, and the hosted service that starts it once the app (and its silo) has started.</summary>
    public static void Add(IServiceCollection services, MarketJobs jobs, ScheduleOptions schedules, string connectionString)
    {
        services.AddQuartz(Name, quartz =>
        {
            quartz.ConfigureScheduler(o => o.IdleWaitTime = TimeSpan.FromSeconds(schedules.IdleWaitSeconds));
            quartz.UsePersistentStore(store =>
            {
                store.UsePostgres(connectionString);
                store.UseClustering(c => c.CheckinInterval = TimeSpan.FromSeconds(5));
                store.ProvisionSchema();
            });
            quartz.AddJobListener<JobRunRecorder>();
            // Recovery: a node that dies mid-job leaves its firing in the store; another node of the
            // cluster fires it again, and every job is safe to repeat (each step has its idempotency key;
            // a payout run's id is its scheduled time, so the recovered firing resumes the same run).
            // Misfires (every node down at a scheduled time): fire once as soon as a node is back, then
            // keep to the schedule; several missed firings coalesce into that one, as each job does all
            // the work due (holds, pools, statements, payouts) whenever it runs.
            foreach (var job in jobs.All)
            {
                quartz.AddJob(job.JobType, j => j.WithIdentity(job.Key).WithDescription(job.Description).StoreDurably().RequestRecovery());
                if (schedules.Enabled)
                {
                    quartz.AddTrigger(t => t.ForJob(job.Key).WithIdentity(job.TriggerKey).WithDescription(job.Setting)
                        .WithCronSchedule(job.Cron, cron => cron.InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
                }
            }
        });

        if (!schedules.Enabled)
        {
            services.AddHostedService<DisabledSchedules>();
        }

        // Jobs call grains: the scheduler starts only once the host, and with it the silo, is up.
        services.AddQuartzHostedService(o =>
        {
            o.AwaitApplicationStarted = true;
            o.WaitForJobsToComplete = true;
        });
    }
}
