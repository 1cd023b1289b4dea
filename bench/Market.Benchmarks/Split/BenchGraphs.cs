using Market.Domain.Ids;
using Market.Domain.Royalties;

namespace Market.Benchmarks.Split;

/// <summary>
/// Royalty graphs for the allocation benchmarks, built through the domain's own rules: a sealed model
/// whose contributions are original works of distinct artists, so every part reaches its own party.
/// Seeded, so every run allocates the same inputs.
/// </summary>
public static class BenchGraphs
{
    /// <summary>The model version every graph here has.</summary>
    public static readonly ModelId Model = new("m_bench");

    /// <summary>A graph with a sealed model of <paramref name="members"/> contributions (inclusion weights 1 to 10); their work ids.</summary>
    public static (InMemoryRoyaltyGraph Graph, WorkId[] Works) SealedPool(int members)
    {
        var graph = new InMemoryRoyaltyGraph();
        var works = new WorkId[members];
        for (var i = 0; i < members; i++)
        {
            var suffix = i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
            works[i] = new WorkId("w_" + suffix);
            graph.AddWork(OriginalWork.OwnedBy(works[i], new PartyId("p_" + suffix)));
        }

        graph.AddModel(new ModelVersion(Model, new PartyId("p_owner"), new OutputTerms(400_000, 300_000, 300_000)));
        var random = new Random(20_260_101);
        var result = graph.AddContributions(Model, works.Select(w => new Contribution(w, random.Next(1, 11))));
        if (result.Rejected.Count > 0) throw new InvalidOperationException($"{result.Rejected.Count} contributions were rejected: {result.Rejected[0]}");
        graph.Seal(Model);
        return (graph, works);
    }

    /// <summary>Decimal scores for every work, as an operator's attribution model might send them (six decimals).</summary>
    public static AttributionScore[] Scores(IEnumerable<WorkId> works)
    {
        var random = new Random(7);
        return [.. works.Select(w => new AttributionScore(w, random.Next(1, 1_000_000) / 1_000_000m))];
    }
}
