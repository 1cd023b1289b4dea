using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;
using Market.Benchmarks.Cli;

namespace Market.Benchmarks.Split;

/// <summary>
/// <c>split</c>: the allocation benchmarks under BenchmarkDotNet, in this process (a generated
/// benchmark project would be built under the repository's strict build settings). <c>--quick</c>
/// runs five warm-up and three measured iterations of 100 ms, the full run three and ten of 500 ms.
/// (With one quick warm-up the millisecond benchmarks came out two to three times slower than with
/// five, most likely still partly on unoptimised JIT tiers.)
/// </summary>
public static class SplitCommand
{
    /// <summary>Runs the command.</summary>
    public static int Run(Arguments options)
    {
        var quick = options.Flag("quick");
        var job = Job.ShortRun
            .WithWarmupCount(quick ? 5 : 3)
            .WithIterationCount(quick ? 3 : 10)
            .WithIterationTime(TimeInterval.FromMilliseconds(quick ? 100 : 500))
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithId(quick ? "Quick" : "Full");
        var config = ManualConfig.CreateMinimumViable()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithArtifactsPath(options.Optional("artifacts") ?? Path.Combine(Path.GetTempPath(), "market-bench"))
            .WithOptions(ConfigOptions.JoinSummary);
        var summaries = BenchmarkRunner.Run([typeof(AttributionSplitBenchmarks), typeof(PoolSettlementBenchmarks)], config);
        var failed = 0;
        foreach (var report in summaries.SelectMany(s => s.Reports))
        {
            var name = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
            if (report.ResultStatistics is not { } statistics)
            {
                Report.Line("split", ("benchmark", name), ("mean_ms", "n/a"));
                failed++;
                continue;
            }

            Report.Line("split", ("benchmark", name),
                ("mean_ms", Report.Number(statistics.Mean / 1e6, 3)), ("median_ms", Report.Number(statistics.Median / 1e6, 3)),
                ("max_ms", Report.Number(statistics.Max / 1e6, 3)), ("iterations", Report.Number(statistics.N)),
                ("allocated_kib", report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) is { } bytes ? Report.Number(bytes / 1024.0, 0) : "n/a"));
        }

        return failed == 0 ? 0 : 1;
    }
}
