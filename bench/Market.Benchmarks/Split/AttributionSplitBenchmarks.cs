using BenchmarkDotNet.Attributes;
using Market.Domain.Ids;
using Market.Domain.Money;
using Market.Domain.Royalties;

namespace Market.Benchmarks.Split;

/// <summary>
/// A 10,000-entry attribution (DESIGN 6: ≤ 2 ms): the operator's decimal scores turned into ppm
/// weights, and a $20.00 sale of the piece split through the model's pool to all 10,000 contributions.
/// </summary>
public class AttributionSplitBenchmarks
{
    private const int Entries = Attribution.MaxEntries;

    private AttributionScore[] _scores = [];
    private decimal[] _scoreValues = [];
    private HashSet<WorkId> _contributions = [];
    private RoyaltyAllocator _allocator = null!;
    private readonly WorkId _piece = new("w_piece");

    /// <summary>The model, its 10,000 contributions and a piece attributed to all of them.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var (graph, works) = BenchGraphs.SealedPool(Entries);
        _scores = BenchGraphs.Scores(works);
        _scoreValues = [.. _scores.Select(s => s.Score)];
        _contributions = [.. works];
        var attribution = Attribution.FromScores(_scores, _contributions.Contains);
        graph.AddWork(new GeneratedWork(_piece, BenchGraphs.Model, new PartyId("p_creator"), attribution, []));
        _allocator = new RoyaltyAllocator(graph, graph.Policy);
    }

    /// <summary>Apportion(1,000,000, scores) alone, in decimal.</summary>
    [Benchmark]
    public long[] SplitDecimal() => Apportion.SplitDecimal(Ppm.Whole, _scoreValues);

    /// <summary>Scores to an attribution: checks (unknown, repeated, negative), canonical order, SplitDecimal.</summary>
    [Benchmark]
    public Attribution FromScores() => Attribution.FromScores(_scores, _contributions.Contains);

    /// <summary>A $20.00 sale with the sandbox fee: commission, creator, owner, pool floor and 10,000 attributed parts.</summary>
    [Benchmark]
    public SaleSplit AllocateSale() => _allocator.AllocateSale(_piece, 2000, PaymentFees.Sandbox(2000));
}
