using Market.Domain.Royalties;
using static Market.Domain.Tests.Royalties.TestGraph;

namespace Market.Domain.Tests.Royalties;

public sealed class StackCapRejectsEdgesThatOverflowAnyStack
{
    [Fact]
    public void A_new_work_whose_parents_exceed_the_cap()
    {
        var graph = new InMemoryRoyaltyGraph();
        graph.Original("a", "pa");
        graph.Original("b", "pb", ("a", 300_000));

        var error = Should.Throw<ArgumentException>(() => graph.Original("c", "pc", ("b", 250_000)));

        error.Message.ShouldContain("stack of work 'c' to 550000 ppm, above the cap of 500000 ppm");
        graph.FindWork(W("c")).ShouldBeNull();
    }

    [Fact]
    public void A_stack_exactly_at_the_cap_is_allowed()
    {
        var graph = new InMemoryRoyaltyGraph();
        graph.Original("a", "pa");
        graph.Original("b", "pb", ("a", 300_000));
        graph.Original("c", "pc", ("b", 200_000));

        Ancestry.Of(graph, W("c")).StackPpm.ShouldBe(500_000);
    }

    [Fact]
    public void A_new_edge_on_an_ancestor_that_pushes_a_descendant_over()
    {
        var graph = new InMemoryRoyaltyGraph();
        graph.Original("x", "px");
        graph.Original("a", "pa");
        graph.Original("b", "pb", ("a", 300_000));
        graph.Original("c", "pc", ("b", 150_000));

        // b itself would be at 400,000, within the cap; its descendant c would be at 550,000.
        var error = Should.Throw<ArgumentException>(() => graph.AddParentEdges(W("b"), [new ParentEdge(W("x"), 100_000)]));

        error.Message.ShouldContain("stack of work 'c' to 550000 ppm");
        graph.GetWork(W("b")).Parents.Count.ShouldBe(1);
    }

    [Fact]
    public void A_diamond_counts_both_paths_toward_the_cap()
    {
        var graph = new InMemoryRoyaltyGraph(RoyaltyPolicy.Default with { StackCapPpm = 300_000 });
        graph.Original("a", "pa");
        graph.Original("b", "pb", ("a", 100_000));
        graph.Original("c", "pc", ("a", 100_000));

        Should.Throw<ArgumentException>(() => graph.Original("d", "pd", ("b", 60_000), ("c", 60_000)))
            .Message.ShouldContain("to 320000 ppm");
    }

    [Fact]
    public void An_edge_that_would_close_a_cycle()
    {
        var graph = new InMemoryRoyaltyGraph();
        graph.Original("a", "pa");
        graph.Original("b", "pb", ("a", 10_000));

        Should.Throw<ArgumentException>(() => graph.AddParentEdges(W("a"), [new ParentEdge(W("b"), 10_000)]))
            .Message.ShouldContain("would close a cycle");
    }

    [Theory]
    [InlineData("a", 0, "has share 0 ppm")]
    [InlineData("a", 1_000_001, "has share 1000001 ppm")]
    [InlineData("w", 10, "names the work itself")]
    [InlineData("ghost", 10, "names no known work")]
    [InlineData("b", 10, "repeats a parent")]
    public void A_malformed_edge_named_by_its_index(string parent, long share, string problem)
    {
        var graph = new InMemoryRoyaltyGraph();
        graph.Original("a", "pa");
        graph.Original("b", "pb");
        graph.Original("w", "pw", ("b", 10));

        var error = Should.Throw<ArgumentException>(() => graph.AddParentEdges(W("w"), [new ParentEdge(W(parent), share)]));

        error.Message.ShouldContain($"Parent edge 0 (work '{parent}') {problem}");
    }
}
