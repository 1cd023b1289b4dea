using Market.Domain.Royalties;
using static Market.Domain.Tests.Royalties.TestGraph;

namespace Market.Domain.Tests.Royalties;

public sealed class GraphAcceptsOnlyWellFormedNodes
{
    [Fact]
    public void A_generated_work_needs_an_existing_sealed_model()
    {
        var graph = new InMemoryRoyaltyGraph();
        graph.AddModel(new ModelVersion(M("open"), P("op"), new OutputTerms(0, 0, 1_000_000)));

        Should.Throw<ArgumentException>(() => graph.AddWork(new GeneratedWork(W("g"), M("open"), P("c"), Attribution.None, [])))
            .Message.ShouldContain("'open', which is not sealed");
        Should.Throw<ArgumentException>(() => graph.AddWork(new GeneratedWork(W("g"), M("ghost"), P("c"), Attribution.None, [])))
            .Message.ShouldContain("no known model version ('ghost')");
    }

    [Theory]
    [InlineData(new[] { "a", "b" }, new[] { 600_000L, 300_000L }, "sum to 900000 ppm")]
    [InlineData(new[] { "a", "a" }, new[] { 500_000L, 500_000L }, "Owner entry 1 (party 'a') repeats")]
    [InlineData(new[] { "a", "b" }, new[] { 1_000_000L, 0L }, "Owner entry 1 (party 'b') has share 0 ppm")]
    [InlineData(new string[0], new long[0], "at least one owner")]
    public void A_split_sheet_must_be_distinct_parties_summing_to_the_whole(string[] parties, long[] shares, string problem)
    {
        var owners = parties.Zip(shares, (p, s) => new OwnerShare(P(p), s)).ToArray();

        Should.Throw<ArgumentException>(() => new InMemoryRoyaltyGraph().AddWork(new OriginalWork(W("w"), owners, [])))
            .Message.ShouldContain(problem);
    }

    [Fact]
    public void A_work_id_is_used_once()
    {
        var graph = new InMemoryRoyaltyGraph();
        graph.Original("w", "pa");

        Should.Throw<ArgumentException>(() => graph.Original("w", "pb")).Message.ShouldContain("'w' already exists");
    }

    [Fact]
    public void Bad_contributions_are_rejected_with_reasons_and_the_rest_accepted()
    {
        var graph = new InMemoryRoyaltyGraph();
        graph.Original("a", "pa");
        graph.Original("b", "pb");
        graph.AddModel(new ModelVersion(M("m"), P("op"), new OutputTerms(0, 0, 1_000_000)));

        var result = graph.AddContributions(M("m"),
            [new Contribution(W("a")), new Contribution(W("ghost")), new Contribution(W("a")), new Contribution(W("b"), 0)]);

        result.Accepted.ShouldBe(1);
        result.Rejected.Select(r => r.Reason).ShouldBe(
            ["work 'ghost' does not exist", "work 'a' is already a contribution", "inclusion weight 0 is outside 1 to 1,000,000"]);
    }

    [Fact]
    public void A_sealed_version_takes_no_more_contributions_and_an_empty_one_cannot_be_sealed()
    {
        var graph = new InMemoryRoyaltyGraph();
        graph.Original("a", "pa");
        graph.AddModel(new ModelVersion(M("empty"), P("op"), new OutputTerms(0, 0, 1_000_000)));
        graph.Model("m", "op", new OutputTerms(0, 0, 1_000_000), ["a"]);

        graph.AddContributions(M("m"), [new Contribution(W("a"))]).Rejected.Single().Reason.ShouldBe("model version 'm' is sealed");
        Should.Throw<ArgumentException>(() => graph.Seal(M("empty"))).Message.ShouldContain("has no contributions");
    }

    [Fact]
    public void Ids_must_not_be_blank()
    {
        Should.Throw<ArgumentException>(() => W(" "));
    }
}
