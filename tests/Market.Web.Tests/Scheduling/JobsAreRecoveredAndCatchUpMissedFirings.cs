using Market.Scheduling.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Market.Web.Tests.Scheduling;

/// <summary>
/// Every job, as stored in the clustered job store, asks to be recovered (a node dying mid-job leaves
/// its firing to another node) and its schedule fires once as soon as a node is back after a missed time.
/// </summary>
public sealed class JobsAreRecoveredAndCatchUpMissedFirings
{
    // Far away, so no job fires during the test.
    private const string Never = "0 0 0 1 1 ? 2099";

    [Fact]
    public async Task EveryStoredJobRequestsRecoveryAndEveryScheduleFiresOnceAfterAMisfire()
    {
        await using var app = new MarketApp(new Dictionary<string, string>
        {
            ["Market:Schedules:Enabled"] = "true",
            ["Market:Payouts:Schedule"] = Never,
            ["Market:Payouts:ResumeSchedule"] = Never,
            ["Market:Schedules:MatureHolds"] = Never,
            ["Market:Schedules:SettlePools"] = Never,
            ["Market:Schedules:CloseStatements"] = Never,
            ["Market:Schedules:Reconcile"] = Never,
        });
        await app.InitializeAsync();
        var scheduler = ScheduledJobs.Scheduler(app);

        var jobs = app.Services.GetRequiredService<MarketJobs>().All;

        jobs.Count.ShouldBe(6);
        foreach (var job in jobs)
        {
            (await scheduler.GetJobDetail(job.Key)).ShouldNotBeNull().RequestsRecovery.ShouldBeTrue(job.Key.Name);
            var trigger = (await scheduler.GetTrigger(job.TriggerKey)).ShouldBeAssignableTo<ICronTrigger>().ShouldNotBeNull();
            trigger.MisfireInstruction.ShouldBe(CronTriggerMisfireInstruction.FireAndProceed, job.Key.Name);
        }
    }
}
