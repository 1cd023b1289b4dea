using Quartz;

namespace Market.Scheduling.Jobs;

/// <summary>One kind of scheduled money work: its key in the job store, what it does, and the setting holding its schedule.</summary>
/// <param name="Key">The job's key; every node of the cluster registers the same keys.</param>
/// <param name="JobType">The <see cref="IJob"/> that does the work.</param>
/// <param name="Description">What the job does, in a sentence for the admin page.</param>
/// <param name="Setting">The configuration key of its cron expression.</param>
/// <param name="Cron">Its cron expression (UTC).</param>
public sealed record MarketJob(JobKey Key, Type JobType, string Description, string Setting, string Cron)
{
    /// <summary>The job-store group of every Market job.</summary>
    public const string Group = "market";

    /// <summary>The key of its cron trigger.</summary>
    public TriggerKey TriggerKey => new(Key.Name + "-schedule", Group);
}
