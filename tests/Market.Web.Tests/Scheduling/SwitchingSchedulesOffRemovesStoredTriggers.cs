using Market.Scheduling.Jobs;
using Market.Testing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Market.Web.Tests.Scheduling;

public sealed class SwitchingSchedulesOffRemovesStoredTriggers
{
    [Fact]
    public async Task ANodeStartedWithSchedulesOffLeavesNoCronTriggerInTheStore()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync("schedoff");
        var shared = new Dictionary<string, string> { ["Market:Store:ConnectionString"] = database.ConnectionString };

        await using (var on = new MarketApp(new Dictionary<string, string>(shared) { ["Market:Schedules:Enabled"] = "true" }))
        {
            await on.InitializeAsync();
            (await ScheduledJobs.Scheduler(on).GetTriggersOfJob(MarketJobs.PayoutRun)).ShouldHaveSingleItem();
        }

        await using var off = new MarketApp(shared);
        await off.InitializeAsync();
        var jobs = off.Services.GetRequiredService<MarketJobs>().All;
        foreach (var job in jobs)
        {
            (await ScheduledJobs.Scheduler(off).GetTriggersOfJob(job.Key)).ShouldBeEmpty();
            (await ScheduledJobs.Scheduler(off).GetJobDetail(job.Key)).ShouldNotBeNull();
        }
    }
}
