using Market.Domain.Parties;
using Market.Scheduling;
using Market.Scheduling.History;
using Market.Scheduling.Jobs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Quartz;

namespace Market.Web.Pages.Admin;

/// <summary>Admins see every scheduled job — its schedule, last and next run, recent failures — and can run one now.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class JobsModel([FromKeyedServices(MarketScheduler.Name)] IScheduler scheduler, MarketJobs jobs, JobRuns runs, ScheduleOptions schedules) : PageModel
{
    /// <summary>Failures listed per job.</summary>
    public const int FailuresShown = 5;

    /// <summary>One job as shown.</summary>
    public sealed record JobRow(MarketJob Job, string? Cron, DateTimeOffset? NextFire, JobRun? Last, IReadOnlyList<JobRun> Failures);

    /// <summary>Every job, in catalogue order.</summary>
    public IReadOnlyList<JobRow> Rows { get; private set; } = [];

    /// <summary>False when schedules are switched off (<c>Market:Schedules:Enabled</c>).</summary>
    public bool SchedulesEnabled => schedules.Enabled;

    /// <summary>What the last action did.</summary>
    [TempData]
    public string? Message { get; set; }

    /// <summary>True when the message is a failure.</summary>
    [TempData]
    public bool Failed { get; set; }

    /// <summary>Lists the jobs.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = new List<JobRow>();
        foreach (var job in jobs.All)
        {
            var triggers = await scheduler.GetTriggersOfJob(job.Key, cancellationToken);
            var cron = triggers.OfType<ICronTrigger>().FirstOrDefault(t => t.Key.Equals(job.TriggerKey));
            var next = triggers.Select(t => t.NextFireTimeUtc).Where(t => t is not null).Min();
            var latest = await runs.LatestAsync(job.Key.Name, 1, cancellationToken);
            var last = latest.Count > 0 ? latest[0] : null;
            rows.Add(new JobRow(job, cron?.CronExpressionString, next, last, await runs.FailuresAsync(job.Key.Name, FailuresShown, cancellationToken)));
        }

        Rows = rows;
    }

    /// <summary>Fires <paramref name="job"/> now, on whichever node of the cluster picks it up.</summary>
    public async Task<IActionResult> OnPostRunAsync(string? job, CancellationToken cancellationToken)
    {
        if (jobs.Find(job) is not { } found)
        {
            (Message, Failed) = ($"There is no job named '{job}'.", true);
            return RedirectToPage();
        }

        await scheduler.TriggerJob(found.Key, cancellationToken);
        (Message, Failed) = ($"{found.Key.Name} started; its outcome appears below when it ends.", false);
        return RedirectToPage();
    }
}
