using CsCheck;
using Market.Domain.Money;
using Market.Domain.Royalties;
using static Market.Domain.Tests.Royalties.TestGraph;

namespace Market.Domain.Tests.Royalties;

public sealed class AttributionTurnsScoresIntoPpmWeights
{
    [Fact]
    public void In_canonical_order_whatever_the_order_sent()
    {
        var attribution = Attribution.FromScores(
            [new AttributionScore(W("w3"), 0.2m), new AttributionScore(W("w1"), 0.5m), new AttributionScore(W("w2"), 0.3m)], _ => true);

        attribution.Entries.ShouldBe([new(W("w1"), 500_000), new(W("w2"), 300_000), new(W("w3"), 200_000)]);
    }

    [Fact]
    public void Scores_need_not_sum_to_one()
    {
        Attribution.FromScores([new AttributionScore(W("a"), 1m), new AttributionScore(W("b"), 2m)], _ => true)
            .Entries.Select(e => e.WeightPpm).ShouldBe([333_333L, 666_667L]);
    }

    [Fact]
    public void The_weights_always_sum_to_a_million()
    {
        var score = Gen.Decimal[0m, 1_000m];
        score.Array[1, 200].Where(s => s.Any(x => x > 0)).Sample(scores =>
        {
            var attribution = Attribution.FromScores([.. scores.Select((s, i) => new AttributionScore(W($"w{i}"), s))], _ => true);
            attribution.Entries.Sum(e => e.WeightPpm).ShouldBe(Ppm.Whole);
        }, iter: 500);
    }

    [Fact]
    public void No_scores_means_no_attribution()
    {
        Attribution.FromScores([], _ => false).ShouldBeSameAs(Attribution.None);
    }

    [Fact]
    public void Stored_weights_read_back_only_when_canonical()
    {
        var attribution = Attribution.FromWeights([new(W("a"), 400_000), new(W("b"), 600_000)]);
        attribution.ShouldBe(Attribution.FromScores([new AttributionScore(W("a"), 2m), new AttributionScore(W("b"), 3m)], _ => true));

        Should.Throw<ArgumentException>(() => Attribution.FromWeights([new(W("b"), 400_000), new(W("a"), 600_000)]))
            .Message.ShouldContain("entry 1 (work 'a') is out of canonical order");
        Should.Throw<ArgumentException>(() => Attribution.FromWeights([new(W("a"), 400_000)])).Message.ShouldContain("sum to 400000");
    }
}
