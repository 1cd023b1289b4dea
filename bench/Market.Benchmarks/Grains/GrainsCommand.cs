using System.Diagnostics;
using System.Globalization;
using Market.Benchmarks.Cli;
using Market.Benchmarks.Hosting;
using Market.Benchmarks.Imports;
using Market.Contracts.Parties;
using Market.Contracts.Works;
using Market.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Market.Benchmarks.Grains;

/// <summary>
/// <c>grains</c>: memory per active work grain. A silo set up as the headless silo is (AddMarketSilo)
/// registers <c>count</c> works through their grains, so each has real persisted state; then every
/// activation is collected, and the works are activated again by reading them. The managed heap and
/// the resident set are measured after a full collection before and after that second activation.
/// </summary>
public static class GrainsCommand
{
    private const int WorksPerArtist = 50;
    private const int Parallelism = 32;

    /// <summary>Runs the command.</summary>
    public static async Task<int> RunAsync(Arguments options)
    {
        var count = options.Whole("count", 20_000);
        using var host = BuildSilo(options.Required("pg"));
        await host.StartAsync();
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var registering = Stopwatch.StartNew();
        var works = await WorkGrainSetup.RegisterAsync(grains, count, WorksPerArtist, Parallelism);
        Report.Note($"{count:N0} works registered in {registering.Elapsed.TotalSeconds:F1} s");

        var management = grains.GetGrain<IManagementGrain>(0);
        await management.ForceActivationCollection(TimeSpan.Zero);
        var left = await WorkActivationsAsync(management);
        var before = Measure();
        var activating = Stopwatch.StartNew();
        await Parallel.ForEachAsync(works, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (id, _) =>
        {
            if (await grains.GetGrain<IWorkGrain>(id).Get() is null) throw new InvalidOperationException($"Work {id} has no state.");
        });
        activating.Stop();
        var active = await WorkActivationsAsync(management);
        var after = Measure();

        var added = active - left;
        Report.Line("grains",
            ("count", Report.Number(count)), ("activated", Report.Number(added)),
            ("managed_bytes_per_grain", Report.Number((after.Heap - before.Heap) / (double)added, 0)),
            ("rss_bytes_per_grain", Report.Number((after.RssMiB - before.RssMiB) * 1024 * 1024 / added, 0)),
            ("activations_per_second", Report.Number(added / activating.Elapsed.TotalSeconds, 0)),
            ("heap_mib_after", Report.Number(after.Heap / 1048576.0, 0)), ("rss_mib_after", Report.Number(after.RssMiB, 0)));
        await host.StopAsync();
        return added == count ? 0 : 1;
    }

    private static IHost BuildSilo(string connectionString)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Market:Store:ConnectionString"] = connectionString,
            ["Market:Secrets:KeyEncryptionKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            ["Market:Cluster:ClusterId"] = "bench-grains-" + Guid.NewGuid().ToString("N")[..8],
            ["Market:Cluster:SiloPort"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
            ["Market:Cluster:GatewayPort"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddMarketSilo();
        return builder.Build();
    }

    private static async Task<int> WorkActivationsAsync(IManagementGrain management) =>
        (await management.GetSimpleGrainStatistics())
            .Where(s => s.GrainType.Contains("WorkGrain", StringComparison.Ordinal))
            .Sum(s => s.ActivationCount);

    // Full, compacting collections first, so the figures are live memory rather than garbage not yet collected.
    private static (long Heap, double RssMiB) Measure()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        return (GC.GetTotalMemory(forceFullCollection: false), ProcessMemory.Read(Environment.ProcessId).RssMiB);
    }
}
