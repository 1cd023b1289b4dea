using System.Diagnostics;
using System.Globalization;
using Marten;
using Market.Cluster.Tests.Catalog;
using Market.Cluster.Tests.Cluster;
using Market.Contracts.Orders;
using Market.Contracts.Parties;
using Market.Contracts.Payouts;
using Market.Domain.Parties;
using Market.Store.Ledger;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Market.Cluster.Tests;

/// <summary>
/// F15/F16: the scheduled payout job fires on node A, A is killed outright after some transfers and
/// before the rest, and node B's scheduler recovers the firing (the job requests recovery) and finishes
/// the same run: every party is paid once, the run completes, the ledger balances.
/// </summary>
public sealed class APayoutRunSurvivesItsNodeKilled(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Artists = 8;
    private const int PaidBeforeTheKill = 3;
    private const string Never = "0 0 0 1 1 ? 2099";

    // Node A must be alone and the sales in place when the payout fires: far enough for both. Daily
    // at that time, not once: node B, started after it, refuses a schedule that never fires again.
    private static readonly DateTimeOffset FiresAt = NextWholeSecond(DateTimeOffset.UtcNow.AddSeconds(30));

    // The job's run id for that firing (PayoutRunJob.RunIdOf, which this project does not reference).
    private static readonly string RunId = "scheduled_" + FiresAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss.fffffff'Z'", CultureInfo.InvariantCulture);

    private readonly TwoSiloCluster _cluster = new(startingSilos: 1, new Dictionary<string, string>
    {
        ["Market__Schedules__Enabled"] = "true",
        ["Market__Schedules__MatureHolds"] = Never,
        ["Market__Schedules__SettlePools"] = Never,
        ["Market__Schedules__CloseStatements"] = Never,
        ["Market__Schedules__Reconcile"] = Never,
        ["Market__Payouts__HoldDays"] = "0",
        ["Market__Payouts__Schedule"] = FiresAt.ToString("s m H * * ?", CultureInfo.InvariantCulture),
    });

    public Task InitializeAsync() => _cluster.InitializeAsync();

    public Task DisposeAsync() => _cluster.DisposeAsync();

    [Fact]
    public async Task A_run_whose_node_is_killed_midway_is_finished_once_by_the_other_node()
    {
        var grains = _cluster.Client;
        var store = _cluster.ClientServices.GetRequiredService<IDocumentStore>();
        await using var hold = await TransferHold.InstallAsync(_cluster.ConnectionString, store, PaidBeforeTheKill);
        var artists = await SellOneWorkEachAsync(grains);
        (DateTimeOffset.UtcNow < FiresAt).ShouldBeTrue("the sales were not in place before the payout fired");

        // Node A (alone) fires the job and pays the first parties, then waits on the hold.
        await hold.ReachedAsync(TimeSpan.FromSeconds(45), _cluster.Describe);
        var nodeA = _cluster.Silos[0];
        await _cluster.AddSiloAsync();
        (await TransfersAsync(store)).Count.ShouldBe(PaidBeforeTheKill, "node A paid more (or less) than the hold allows before it was killed");
        var clock = Stopwatch.StartNew();
        await nodeA.KillAsync();
        // A killed process's held statement lives on in PostgreSQL until it would write back: end it, as
        // the server would on noticing the dead client, before the hold lifts for node B.
        await hold.ReleaseAsync(endHeldSessions: true);

        var runId = RunId;
        // Not resumed under the run id of the firing, the run would stay "running" and its held party unpaid.
        var run = await Eventually.Get(
            "node B finishes the recovered run",
            () => grains.GetGrain<IPayoutRunGrain>(runId).Get(),
            view => view.Status == "completed",
            TimeSpan.FromSeconds(40),
            _cluster.Describe);
        output.WriteLine($"run {run.RunId} completed {clock.Elapsed.TotalSeconds:F1} s after node A was killed");

        var transfers = await TransfersAsync(store);
        transfers.Select(t => t.TransferGroup).Distinct().ShouldBe([runId]);
        transfers.Count.ShouldBe(Artists, string.Join(", ", transfers.Select(t => t.Destination)));
        transfers.Select(t => t.Destination).Distinct().Count().ShouldBe(Artists);
        run.Lines.Where(l => artists.Contains(l.PartyId)).ShouldAllBe(l => l.Status == "paid");
        run.Lines.Count(l => artists.Contains(l.PartyId)).ShouldBe(Artists);
        var report = await new LedgerInvariants(store).CheckAsync();
        report.Ok.ShouldBeTrue(string.Join("\n", report.Violations));
    }

    private static async Task<HashSet<string>> SellOneWorkEachAsync(IClusterClient grains)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var buyerId = $"buyer-{run}";
        await grains.GetGrain<IPartyGrain>(buyerId).Register(new RegisterParty("Buyer", "buyer@example.com", [Roles.Buyer], ApiKeyHash: null, UserId: null));
        var artists = Enumerable.Range(1, Artists).Select(i => $"artist-{run}-{i}").ToList();
        await Task.WhenAll(artists.Select(async (artistId, i) =>
        {
            await grains.GetGrain<IPartyGrain>(artistId).Register(new RegisterParty($"Artist {i}", $"artist{i}@example.com", [Roles.Artist], ApiKeyHash: null, UserId: null));
            await grains.GetGrain<IPayoutAccountGrain>(artistId).Connect(new ConnectPayoutAccount($"artist{i}@example.com", new Uri("http://127.0.0.1/payouts")));
            var work = await SampleSales.RegisterWorkAsync(grains, $"work-{run}-{i}", artistId, $"Study {i}");
            var paid = await SampleSales.BuyAsync(grains.GetGrain<IOrderGrain>($"order-{run}-{i}"), buyerId, work);
            paid.Status.ShouldBe(OrderStatus.Paid);
        }));
        return [.. artists];
    }

    private Task<IReadOnlyList<SandboxTransfers.Transfer>> TransfersAsync(IDocumentStore store) =>
        SandboxTransfers.AllAsync(_cluster.ConnectionString, store);

    private static DateTimeOffset NextWholeSecond(DateTimeOffset time) =>
        new(time.Year, time.Month, time.Day, time.Hour, time.Minute, time.Second, TimeSpan.Zero);
}
