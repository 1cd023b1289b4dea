using System.Diagnostics;
using Market.Cluster.Tests.Catalog;
using Market.Cluster.Tests.Processes;
using Market.Contracts.Works;

namespace Market.Cluster.Tests.Cluster;

/// <summary>
/// Stops the silo that holds a registered work, then calls the work again through the client until
/// the cluster answers: what came back, from where, and how long each step took.
/// </summary>
public sealed class SiloFailover
{
    private static readonly TimeSpan RecoveryTimeout = TimeSpan.FromSeconds(30);
    private readonly TwoSiloCluster _cluster;

    private SiloFailover(TwoSiloCluster cluster, RegisteredWork work, SiloProcess stopped)
    {
        _cluster = cluster;
        Work = work;
        Stopped = stopped;
        Survivor = cluster.Silos.Single(silo => silo != stopped);
    }

    /// <summary>The work whose silo was stopped.</summary>
    public RegisteredWork Work { get; }

    /// <summary>The silo that held the work.</summary>
    public SiloProcess Stopped { get; }

    /// <summary>The other silo.</summary>
    public SiloProcess Survivor { get; }

    /// <summary>The work as the cluster answered after the stop.</summary>
    public WorkView? After { get; private set; }

    /// <summary>Where the work is active after the stop.</summary>
    public int SiloPortAfter { get; private set; }

    /// <summary>The silo ports the cluster counts as active after the stop.</summary>
    public IReadOnlyList<int> ActiveSiloPortsAfter { get; private set; } = [];

    /// <summary>From the signal to the process's exit.</summary>
    public TimeSpan StopTime { get; private set; }

    /// <summary>From the process's exit to the first successful call of the work.</summary>
    public TimeSpan RecoveryTime { get; private set; }

    /// <summary>Registers works, stops the silo of one of them with <paramref name="stop"/> and calls it again.</summary>
    public static async Task<SiloFailover> StopTheSiloOfAWorkAsync(TwoSiloCluster cluster, Func<SiloProcess, Task> stop)
    {
        var works = await SampleCatalog.RegisterAsync(cluster.Client, artists: 2, worksPerArtist: 3);
        var work = works[0];
        var before = await Activations.ReadAsync(cluster.Client);
        var failover = new SiloFailover(cluster, work, cluster.ProcessOf(before.SiloOf(work.Grain)));

        var clock = Stopwatch.StartNew();
        await stop(failover.Stopped);
        failover.StopTime = clock.Elapsed;

        clock.Restart();
        failover.After = await Eventually.Get(
            $"calling work {work.View.Id} after {failover.Stopped.Name} stopped",
            () => work.Grain.Get(),
            view => view is not null,
            RecoveryTimeout,
            cluster.Describe);
        failover.RecoveryTime = clock.Elapsed;

        var after = await Eventually.Get(
            "reading activations from the surviving silo alone",
            () => Activations.ReadAsync(cluster.Client),
            activations => activations.HasSingleActivation(work.Grain),
            RecoveryTimeout,
            cluster.Describe);
        failover.SiloPortAfter = after.SiloOf(work.Grain).Endpoint.Port;
        failover.ActiveSiloPortsAfter = [.. (await cluster.ActiveSilosAsync()).Select(silo => silo.Endpoint.Port)];
        return failover;
    }

    /// <summary>The work answered with its registered state, from the surviving silo, which is the only one left.</summary>
    public async Task ShouldHaveMovedTheWorkWithItsStateAsync()
    {
        After.ShouldBeTheRegistered(Work.View, _cluster.Describe);
        SiloPortAfter.ShouldBe(Survivor.Settings.SiloPort, $"the work is not on the surviving silo.\n{_cluster.Describe()}");
        ActiveSiloPortsAfter.ShouldBe([Survivor.Settings.SiloPort], $"the stopped silo still counts as active.\n{_cluster.Describe()}");
        var artist = await Work.Artist.Get();
        artist.ShouldNotBeNull($"the artist lost its state.\n{_cluster.Describe()}").WorkIds.ShouldContain(Work.View.Id);
    }

    /// <summary>How long stopping and recovering took, for the test output.</summary>
    public override string ToString() =>
        $"cluster ready in {_cluster.StartupTime.TotalSeconds:F1} s; {Stopped.Name} exited {StopTime.TotalMilliseconds:F0} ms " +
        $"after the signal; work {Work.View.Id} answered from {Survivor.Name} {RecoveryTime.TotalMilliseconds:F0} ms later";
}
