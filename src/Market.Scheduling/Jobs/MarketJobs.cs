using Quartz;

namespace Market.Scheduling.Jobs;

/// <summary>The scheduled money work (DESIGN 3, Quartz): each job with its schedule from the settings.</summary>
public sealed class MarketJobs(ScheduleOptions schedules, PayoutOptions payouts)
{
    /// <summary>Matures holds.</summary>
    public static readonly JobKey MatureHolds = new("mature-holds", MarketJob.Group);

    /// <summary>Settles pool floors.</summary>
    public static readonly JobKey SettlePools = new("settle-pools", MarketJob.Group);

    /// <summary>Runs payouts.</summary>
    public static readonly JobKey PayoutRun = new("payout-run", MarketJob.Group);

    /// <summary>Resumes payout runs whose rate-limited parties are due again.</summary>
    public static readonly JobKey ResumePayoutRuns = new("resume-payout-runs", MarketJob.Group);

    /// <summary>Closes last month's statements.</summary>
    public static readonly JobKey CloseStatements = new("close-statements", MarketJob.Group);

    /// <summary>Reconciles platform cash with Stripe.</summary>
    public static readonly JobKey Reconcile = new("reconcile", MarketJob.Group);

    /// <summary>Every job, in the order the admin page lists them.</summary>
    public IReadOnlyList<MarketJob> All { get; } =
    [
        new(MatureHolds, typeof(MatureHoldsJob), "Moves earnings past their hold window from pending to available.",
            ScheduleOptions.SectionName + ":" + nameof(ScheduleOptions.MatureHolds), schedules.MatureHolds),
        new(SettlePools, typeof(SettlePoolsJob), "Settles each pool's accumulated inclusion floor to its contributions.",
            ScheduleOptions.SectionName + ":" + nameof(ScheduleOptions.SettlePools), schedules.SettlePools),
        new(PayoutRun, typeof(PayoutRunJob), "Pays every eligible party its available balance (one payout run per scheduled time).",
            PayoutOptions.SectionName + ":" + nameof(PayoutOptions.Schedule), payouts.Schedule),
        new(ResumePayoutRuns, typeof(ResumePayoutRunsJob), "Resumes payout runs whose parties waited out a Stripe rate limit, once their retry time has come.",
            PayoutOptions.SectionName + ":" + nameof(PayoutOptions.ResumeSchedule), payouts.ResumeSchedule),
        new(CloseStatements, typeof(CloseStatementsJob), "Closes the previous month's statements, recording their hashes.",
            ScheduleOptions.SectionName + ":" + nameof(ScheduleOptions.CloseStatements), schedules.CloseStatements),
        new(Reconcile, typeof(ReconcileJob), "Reconciles platform cash in the ledger with the Stripe balance, day by day.",
            ScheduleOptions.SectionName + ":" + nameof(ScheduleOptions.Reconcile), schedules.Reconcile),
    ];

    /// <summary>The job with <paramref name="name"/>, or null.</summary>
    public MarketJob? Find(string? name) => All.FirstOrDefault(j => j.Key.Name == name);
}
