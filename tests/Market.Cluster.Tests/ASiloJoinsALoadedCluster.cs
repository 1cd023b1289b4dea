using System.Diagnostics;
using Market.Cluster.Tests.Cluster;
using Xunit.Abstractions;

namespace Market.Cluster.Tests;

/// <summary>A third silo process joins a two-silo cluster under load: nothing fails, and it takes new work.</summary>
public sealed class ASiloJoinsALoadedCluster(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan PlacementTimeout = TimeSpan.FromSeconds(30);
    private readonly TwoSiloCluster _cluster = new();

    public Task InitializeAsync() => _cluster.InitializeAsync();

    public Task DisposeAsync() => _cluster.DisposeAsync();

    [Fact]
    public async Task Registrations_and_orders_keep_succeeding_and_the_new_silo_takes_activations()
    {
        var load = new SteadyLoad(_cluster.Client, workers: 4);
        load.Start();
        await Eventually.Get("load flowing", () => Task.FromResult(load.PaidOrders), paid => paid >= 8, PlacementTimeout, () => Describe(load));
        var before = (Works: load.Works.Count, Orders: load.PaidOrders);

        var clock = Stopwatch.StartNew();
        var joined = await _cluster.AddSiloAsync();
        var joining = clock.Elapsed;
        await Eventually.Get(
            "the new silo active in the cluster's view",
            () => _cluster.ActiveSilosAsync(),
            active => active.Any(silo => silo.Endpoint.Port == joined.Settings.SiloPort),
            PlacementTimeout,
            _cluster.Describe);
        // Placement reaches the new silo once the others have its grain manifest: keep the load on until it holds works.
        var onNewSilo = await Eventually.Get(
            "works placed on the new silo",
            async () => (await Activations.ReadAsync(_cluster.Client)) is var activations
                ? load.Works.Count(work => activations.HasSingleActivation(work.Grain) && activations.SiloOf(work.Grain).Endpoint.Port == joined.Settings.SiloPort)
                : 0,
            count => count > 0,
            PlacementTimeout,
            () => Describe(load));
        await load.StopAsync();

        load.Failures.ShouldBeEmpty(Describe(load));
        load.PaidOrders.ShouldBeGreaterThan(before.Orders);
        (await _cluster.ActiveSilosAsync()).Count.ShouldBe(3, _cluster.Describe());
        output.WriteLine($"cluster ready in {_cluster.StartupTime.TotalSeconds:F1} s; third silo healthy {joining.TotalSeconds:F1} s after its start; " +
            $"{before.Works} works and {before.Orders} paid orders before it, {load.Works.Count} and {load.PaidOrders} at the end; " +
            $"{onNewSilo} works active on the new silo; {load.Retries} retried attempts, {load.Failures.Count} failed rounds");
    }

    private string Describe(SteadyLoad load) =>
        $"{load.Works.Count} works, {load.PaidOrders} paid orders, {load.Retries} retries, {load.Failures.Count} failed rounds; first failure: " +
        $"{load.Failures.FirstOrDefault() ?? "none"}\n{_cluster.Describe()}";
}
