using BenchmarkDotNet.Attributes;
using Market.Domain.Royalties;

namespace Market.Benchmarks.Split;

/// <summary>
/// Settling a 1,000,000-member pool (DESIGN 6: ≤ 10 s): a day's accumulated floor apportioned by
/// inclusion weight in canonical order, each share carried into its contribution's node.
/// </summary>
public class PoolSettlementBenchmarks
{
    private const int Members = 1_000_000;

    private RoyaltyAllocator _allocator = null!;

    /// <summary>The sealed model with a million contributions.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var (graph, _) = BenchGraphs.SealedPool(Members);
        _allocator = new RoyaltyAllocator(graph, graph.Policy);
    }

    /// <summary>$1,000,000.00 of floor (10^12 micros): about a dollar per member, so every part has remainders to place.</summary>
    [Benchmark]
    public IReadOnlyList<RoyaltyPart> SettlePool() => _allocator.SettlePool(BenchGraphs.Model, 1_000_000_000_000);
}
