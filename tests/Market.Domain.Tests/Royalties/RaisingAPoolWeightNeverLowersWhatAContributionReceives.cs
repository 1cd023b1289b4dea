using CsCheck;
using Market.Domain.Ids;
using Market.Domain.Royalties;
using static Market.Domain.Tests.Royalties.TestGraph;

namespace Market.Domain.Tests.Royalties;

/// <summary>
/// Raising a contribution's inclusion weight or attribution score, in a random graph, never lowers
/// what reaches that contribution's node — the amount it then splits among its own ancestors,
/// owners or model. What the node's owners get of it is not asserted: a larger amount can lose a
/// unit in a further split (<see cref="ApportionNeverLowersAPartWhoseWeightRises.A_part_can_fall_when_the_total_rises"/>).
/// </summary>
public sealed class RaisingAPoolWeightNeverLowersWhatAContributionReceives
{
    private static readonly Gen<long> Price = Gen.OneOf(Gen.Long[0, 100], Gen.Long[0, 5_000_000]);

    private static readonly Gen<decimal> ScoreRise = Gen.OneOf(Gen.Decimal[0.000001m, 0.001m], Gen.Decimal[0.001m, 1_000m]);

    // A settlement is one Apportion over the inclusion weights, in canonical order, with only this
    // contribution's weight raised: its part, all of which flows into its node, cannot fall.
    [Fact]
    public void A_contribution_whose_inclusion_weight_rises_receives_no_less_from_a_settlement()
    {
        Gen.Select(RandomGraph.Recipe, Gen.Int[0, 1_000_000], Gen.Int[0, 1_000_000], Gen.Long[1, Contribution.MaxInclusionWeight], Price)
            .Sample((steps, pick, member, delta, minor) =>
            {
                var built = RandomGraph.Build(steps);
                var pools = built.Script.Ops.OfType<AddContributionsOp>().ToArray();
                if (pools.Length == 0)
                {
                    return;
                }

                var target = pools[pick % pools.Length];
                var chosen = target.Contributions[member % target.Contributions.Count];
                var room = Contribution.MaxInclusionWeight - chosen.InclusionWeight;
                if (room == 0)
                {
                    return;
                }

                var raisedWeight = chosen with { InclusionWeight = chosen.InclusionWeight + 1 + ((delta - 1) % room) };
                var raised = built.Script.ReplayWith(target, target with { Contributions = [.. target.Contributions.Select(c => c == chosen ? raisedWeight : c)] });
                var amount = minor * 10_000;
                var before = Reaching(new RoyaltyAllocator(built.Graph, built.Graph.Policy).SettlePool(target.Model, amount), Pool(target.Model), Work(chosen.Work));
                var after = Reaching(new RoyaltyAllocator(raised, raised.Policy).SettlePool(target.Model, amount), Pool(target.Model), Work(chosen.Work));
                after.ShouldBeGreaterThanOrEqualTo(before);
            }, iter: 200);
    }

    // Two Apportions stand between a score and the money: scores → ppm weights (Σ 1,000,000), then
    // the pool's attribution share by those weights. The first is monotone (the ppm weight never
    // falls), but the second also sees the other entries' ppm weights, and a tie in the first can
    // hand one of them a ppm: then the raised entry's quota still does not fall, yet its part can
    // lose the one unit (the population paradox; see the fact below). So: exact when no other
    // entry's ppm rose, and never more than one micro less otherwise.
    [Fact]
    public void A_contribution_whose_score_rises_loses_no_ppm_and_at_most_the_one_micro_a_tie_moves()
    {
        Gen.Select(RandomGraph.Recipe, Gen.Int[0, 1_000_000], Gen.Int[0, 1_000_000], ScoreRise, Price, Price).Sample((steps, pick, entry, rise, a, b) =>
        {
            var built = RandomGraph.Build(steps);
            var pieces = built.Script.Ops.OfType<AddWorkOp>().Where(op => op.Scores.Count > 0).ToArray();
            if (pieces.Length == 0)
            {
                return;
            }

            var target = pieces[pick % pieces.Length];
            var piece = (GeneratedWork)target.Work;
            var contribution = target.Scores[entry % target.Scores.Count].Contribution;
            var raisedOp = WeightRaises.WithScoreRaised(target, entry % target.Scores.Count, rise);
            var raised = built.Script.ReplayWith(target, raisedOp);

            var (was, now) = (Ppm(piece.Attribution), Ppm(((GeneratedWork)raisedOp.Work).Attribution));
            now[contribution].ShouldBeGreaterThanOrEqualTo(was[contribution]);
            var othersRose = now.Any(w => w.Key != contribution && w.Value > was[w.Key]);

            var (price, fee) = (Math.Max(a, b), Math.Min(a, b));
            var path = new[] { Work(piece.Id), new PathStep(NodeKind.Model, piece.Model.Value), Pool(piece.Model), Work(contribution) };
            var before = Reaching(new RoyaltyAllocator(built.Graph, built.Graph.Policy).AllocateSale(piece.Id, price, fee).Parts, path);
            var after = Reaching(new RoyaltyAllocator(raised, raised.Policy).AllocateSale(piece.Id, price, fee).Parts, path);
            after.ShouldBeGreaterThanOrEqualTo(othersRose ? before - 1 : before);
        }, iter: 200);
    }

    [Fact]
    public void Raising_a_score_can_cost_one_micro_when_a_tie_hands_another_entry_a_ppm()
    {
        var (before, after) = (AttributedTo("c", 1.719197m), AttributedTo("c", 1.719199m));

        // c's weight stays at 385,349 ppm; a tie moves one ppm from a to b, and c's remainder loses its leftover unit.
        before.Entries.Select(e => e.WeightPpm).ShouldBe([355_265L, 60_899L, 385_349L, 198_487L]);
        after.Entries.Select(e => e.WeightPpm).ShouldBe([355_264L, 60_900L, 385_349L, 198_487L]);
        ToC(before).ShouldBe(430_721);
        ToC(after).ShouldBe(430_720);
    }

    private static long ToC(Attribution attribution)
    {
        var graph = new InMemoryRoyaltyGraph();
        foreach (var id in new[] { "a", "b", "c", "d" })
        {
            graph.Original(id, "p" + id);
        }

        // No creator, owner or floor: the whole amount goes by attribution.
        graph.Model("m", "op", new OutputTerms(0, 0, 1_000_000), ["a", "b", "c", "d"], floorPpm: 0);
        graph.AddWork(new GeneratedWork(W("g"), M("m"), P("maker"), attribution, []));
        return graph.Distribute("g", 1_117_741).Single(p => p.Party == P("pc")).AmountMicros;
    }

    private static Attribution AttributedTo(string raised, decimal score) => Attribution.FromScores(
        [new(W("a"), 1.584978m), new(W("b"), 0.271697m), new(W(raised), score), new(W("d"), 0.885531m)], _ => true);

    private static Dictionary<WorkId, long> Ppm(Attribution attribution) => attribution.Entries.ToDictionary(e => e.Contribution, e => e.WeightPpm);

    private static long Reaching(IEnumerable<RoyaltyPart> parts, params PathStep[] prefix) => parts
        .Where(p => p.Path.Steps.Count >= prefix.Length && p.Path.Steps.Take(prefix.Length).SequenceEqual(prefix))
        .Sum(p => p.AmountMicros);

    private static PathStep Work(WorkId work) => new(NodeKind.Work, work.Value);

    private static PathStep Pool(ModelId model) => new(NodeKind.Pool, model.Value);
}
