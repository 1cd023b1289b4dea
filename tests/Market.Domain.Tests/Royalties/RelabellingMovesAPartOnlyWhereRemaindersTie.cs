using CsCheck;
using Market.Domain.Ids;
using Market.Domain.Money;
using Market.Domain.Royalties;
using Market.Domain.Tests.Money;

namespace Market.Domain.Tests.Royalties;

/// <summary>
/// Renaming recipients changes only their canonical order. For one Apportion that decides nothing
/// but which of several equal remainders is served first, so a part moves by at most one unit,
/// and only for a recipient whose remainder some other recipient shares.
/// </summary>
public sealed class RelabellingMovesAPartOnlyWhereRemaindersTie
{
    // A split and an order for its recipients: position i moves to the rank of keys[i].
    private static readonly Gen<(long Total, long[] Weights, int[] Order)> Renamed =
        ApportionGen.Split.SelectMany(split => Gen.Int.Array[split.Weights.Length].Select(keys => (split.Total, split.Weights, RankOf(keys))));

    private static readonly Gen<decimal> Score = Gen.Frequency((1, Gen.Const(0m)), (4, Gen.Decimal[0m, 1_000m]));

    [Fact]
    public void Reordering_the_weights_moves_each_part_by_at_most_one_unit_and_only_on_a_tie()
    {
        Renamed.Sample((total, weights, order) =>
        {
            var parts = Apportion.Split(total, weights);
            var moved = Apportion.Split(total, Reordered(weights, order));
            var remainders = ApportionGen.Quotas(total, weights).Select(q => q.Remainder).ToArray();
            for (var i = 0; i < weights.Length; i++)
            {
                var change = moved[order[i]] - parts[i];
                change.ShouldBeInRange(-1, 1, $"recipient {i}");
                if (change != 0)
                {
                    remainders.Where((r, j) => j != i && r == remainders[i]).ShouldNotBeEmpty($"recipient {i} moved without a tie");
                }
            }
        }, iter: 2_000);
    }

    [Fact]
    public void Renaming_contributions_moves_each_attribution_weight_by_at_most_one_ppm()
    {
        Score.Array[1, 100].Where(s => s.Any(x => x > 0m)).SelectMany(s => Gen.Int.Array[s.Length].Select(keys => (s, RankOf(keys)))).Sample((scores, order) =>
        {
            var named = Weights(scores, i => new WorkId($"w{i:D3}"));
            var renamed = Weights(scores, i => new WorkId($"w{order[i]:D3}"));
            for (var i = 0; i < scores.Length; i++)
            {
                (renamed[i] - named[i]).ShouldBeInRange(-1, 1, $"contribution {i}");
            }
        }, iter: 500);
    }

    // Each contribution's ppm weight, by the position of its score.
    private static long[] Weights(decimal[] scores, Func<int, WorkId> name)
    {
        var attribution = Attribution.FromScores([.. scores.Select((s, i) => new AttributionScore(name(i), s))], _ => true);
        var byWork = attribution.Entries.ToDictionary(e => e.Contribution, e => e.WeightPpm);
        return [.. scores.Select((_, i) => byWork[name(i)])];
    }

    private static long[] Reordered(long[] weights, int[] order)
    {
        var reordered = new long[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            reordered[order[i]] = weights[i];
        }

        return reordered;
    }

    // The rank of each key among all of them (ties by position): a permutation of 0..n-1.
    private static int[] RankOf(int[] keys)
    {
        var rank = new int[keys.Length];
        var sorted = Enumerable.Range(0, keys.Length).OrderBy(i => keys[i]).ThenBy(i => i).ToArray();
        for (var r = 0; r < sorted.Length; r++)
        {
            rank[sorted[r]] = r;
        }

        return rank;
    }
}
