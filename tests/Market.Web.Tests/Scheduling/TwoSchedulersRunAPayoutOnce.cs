using Marten;
using Market.Contracts.Payouts;
using Market.Payments.Payouts;
using Market.Scheduling.History;
using Market.Scheduling.Jobs;
using Market.Testing;
using Market.Web.Tests.Api;
using Market.Web.Tests.Orders;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Market.Web.Tests.Scheduling;

/// <summary>Done-when 3 of issue 6: two nodes, each with the payout schedule, on one job store.</summary>
public sealed class TwoSchedulersRunAPayoutOnce
{
    // Far away, so no other job fires during the test.
    private const string Never = "0 0 0 1 1 ? 2099";

    [Fact]
    public async Task TwoNodesDueToFireEachPayoutFiringRunItOnceAndARepeatOfAFiringPaysNothingMore()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync("twonodes");
        var settings = new Dictionary<string, string>
        {
            ["Market:Store:ConnectionString"] = database.ConnectionString,
            ["Market:Cluster:ClusterId"] = "two-" + Guid.NewGuid().ToString("N")[..12],
            ["Market:Schedules:Enabled"] = "true",
            ["Market:Payouts:HoldDays"] = "0",
            ["Market:Payouts:Schedule"] = "0/15 * * * * ?",
            ["Market:Schedules:MatureHolds"] = Never,
            ["Market:Schedules:SettlePools"] = Never,
            ["Market:Schedules:CloseStatements"] = Never,
            ["Market:Schedules:Reconcile"] = Never,
        };
        await using var first = new MarketApp(settings);
        await using var second = new MarketApp(settings);

        // Both start at once on a database with no Quartz tables: provisioning races and must converge.
        await Task.WhenAll(first.InitializeAsync(), second.InitializeAsync());
        var (one, two) = (ScheduledJobs.Scheduler(first), ScheduledJobs.Scheduler(second));
        one.SchedulerInstanceId.ShouldNotBe(two.SchedulerInstanceId);
        (await one.GetMetadata()).JobStoreClustered.ShouldBeTrue();
        (await two.GetMetadata()).JobStoreClustered.ShouldBeTrue();
        (await one.GetTriggersOfJob(MarketJobs.PayoutRun)).ShouldHaveSingleItem();
        await BothCheckedInAsync(one, two);
        (await two.GetTriggersOfJob(MarketJobs.PayoutRun)).ShouldHaveSingleItem();

        var (artist, key) = await first.CreateAccountAsync("artist");
        using var client = first.WithKey(key);
        (await client.PostAsync($"/api/v1/accounts/{artist}/payout-account", null)).EnsureSuccessStatusCode();
        var work = await MarketApp.CreateWorkAsync(client, WorkRequests.WithOffers(WorkRequests.Valid("Clustered piece"), ("personal", 2000)));
        var (_, buyerKey) = await first.CreateAccountAsync("buyer");
        using (var buyer = first.WithKey(buyerKey)) await SandboxBuyer.BuyAsync(first, buyer, work, "personal");
        var sold = DateTimeOffset.UtcNow;

        // The first firing after the sale: both nodes are due to fire it.
        var runs = first.Services.GetRequiredService<JobRuns>();
        var fired = await ScheduledJobs.FinishedAsync(runs, MarketJobs.PayoutRun.Name, r => r.ScheduledFor > sold, TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(3));   // room for a second run of that firing to show itself, were there one

        fired.Succeeded.ShouldBe(true, fired.Message);
        var all = await runs.LatestAsync(MarketJobs.PayoutRun.Name, 100);
        all.GroupBy(r => r.ScheduledFor).ShouldAllBe(firing => firing.Count() == 1);
        var store = first.Services.GetRequiredService<IDocumentStore>();
        var transfer = (await TransfersAsync(store)).ShouldHaveSingleItem();
        all.Count(r => PayoutRunJob.RunIdOf(r.ScheduledFor) == transfer.TransferGroup).ShouldBe(1);

        var repeat = await second.Services.GetRequiredService<IGrainFactory>().GetGrain<IPayoutRunGrain>(transfer.TransferGroup).Run();
        var line = repeat.Lines.Single(l => l.PartyId == artist);
        line.Status.ShouldBe("paid");
        line.TransferId.ShouldBe(transfer.TransferId);
        (await TransfersAsync(store)).Count.ShouldBe(1);
    }

    // Each node records itself in the store when its scheduler starts, just after the host has.
    private static async Task BothCheckedInAsync(IScheduler one, IScheduler two)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        string[] nodes = [];
        while (DateTime.UtcNow < deadline)
        {
            nodes = [.. (await one.QueryClusterNodes()).Select(n => n.InstanceId)];
            if (nodes.Length == 2) break;
            await Task.Delay(200);
        }

        nodes.ShouldBe([one.SchedulerInstanceId, two.SchedulerInstanceId], ignoreOrder: true);
    }

    private static async Task<IReadOnlyList<SandboxTransferDocument>> TransfersAsync(IDocumentStore store)
    {
        await using var session = store.QuerySession();
        return await session.Query<SandboxTransferDocument>().ToListAsync();
    }
}
