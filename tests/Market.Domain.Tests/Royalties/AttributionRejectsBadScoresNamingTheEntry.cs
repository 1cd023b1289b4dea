using Market.Domain.Ids;
using Market.Domain.Royalties;
using static Market.Domain.Tests.Royalties.TestGraph;

namespace Market.Domain.Tests.Royalties;

public sealed class AttributionRejectsBadScoresNamingTheEntry
{
    private static readonly HashSet<WorkId> Known = [W("w1"), W("w2"), W("w3")];

    [Fact]
    public void A_negative_score()
    {
        Reject(("w1", 0.5m), ("w2", -0.1m)).ShouldContain("Attribution entry 1 (work 'w2') has a negative score (-0.1)");
    }

    [Fact]
    public void An_unknown_contribution()
    {
        Reject(("w1", 0.5m), ("w2", 0.1m), ("zz", 0.4m)).ShouldContain("Attribution entry 2 (work 'zz') is not a contribution");
    }

    [Fact]
    public void A_duplicate_entry()
    {
        Reject(("w1", 0.5m), ("w2", 0.1m), ("w1", 0.4m)).ShouldContain("Attribution entry 2 (work 'w1') repeats entry 0");
    }

    [Fact]
    public void Scores_that_are_all_zero()
    {
        Reject(("w1", 0m), ("w2", 0.000m)).ShouldContain("all zero");
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("1e400")]
    [InlineData("half")]
    public void A_score_that_is_not_a_finite_number(string text)
    {
        Should.Throw<ArgumentException>(() => AttributionScore.Parse(3, W("w1"), text))
            .Message.ShouldContain($"Attribution entry 3 (work 'w1') has score '{text}', which is not a finite number");
    }

    [Fact]
    public void More_than_ten_thousand_entries()
    {
        var scores = Enumerable.Range(0, 10_001).Select(i => new AttributionScore(W($"w{i}"), 1m)).ToArray();

        Should.Throw<ArgumentException>(() => Attribution.FromScores(scores, _ => true)).Message.ShouldContain("10001 entries");
    }

    [Fact]
    public void A_generated_work_attributing_a_non_contribution()
    {
        var graph = new InMemoryRoyaltyGraph();
        graph.Original("t", "pt");
        graph.Original("other", "po");
        graph.Model("m", "op", new OutputTerms(0, 0, 1_000_000), ["t"]);
        var forged = Attribution.FromScores([new AttributionScore(W("other"), 1m)], _ => true);

        Should.Throw<ArgumentException>(() => graph.AddWork(new GeneratedWork(W("g"), M("m"), P("c"), forged, [])))
            .Message.ShouldContain("attributes work 'other', which is not a contribution of 'm'");
    }

    private static string Reject(params (string Work, decimal Score)[] entries) =>
        Should.Throw<ArgumentException>(() => Attribution.FromScores([.. entries.Select(e => new AttributionScore(W(e.Work), e.Score))], Known.Contains)).Message;
}
