using CsCheck;
using Market.Domain.Money;
using Market.Domain.Royalties;
using Market.Domain.Tests.Money;
using static Market.Domain.Tests.Royalties.TestGraph;

namespace Market.Domain.Tests.Royalties;

/// <summary>
/// Monotonicity of one Apportion, and where it stops. With the total fixed, if recipient i's quota
/// rises and no other quota rises, i's part cannot fall: if ⌊q_i⌋ rises it is done; otherwise i's
/// remainder grew, every other remainder either shrank (so nobody behind i overtakes it) or
/// wrapped below an integer — which may put that recipient ahead of i, but also frees one more
/// leftover unit for each such wrap, so i's rank among the leftover units still makes the cut.
/// Raising w_i with the others fixed is one such case; an owner's share raised while the others
/// give the difference up (none of them rising) is another. Two things are not guaranteed, and
/// the facts below show them: a part can fall when the total rises (the Alabama paradox), and a
/// part can rise when only someone else's weight rises (the population paradox).
/// </summary>
public sealed class ApportionNeverLowersAPartWhoseWeightRises
{
    private static readonly Gen<(long[] Shares, int Owner, long Delta, long Total)> SplitSheet =
        Gen.Select(Gen.Long[1, 1_000].Array[2, 30], Gen.Int[0, 1_000], Gen.Long[1, Ppm.Whole], ApportionGen.Total)
            .Select((w, owner, delta, total) => (Shares(w), owner % w.Length, delta, total));

    private static readonly Gen<decimal> Score = Gen.Frequency((1, Gen.Const(0m)), (4, Gen.Decimal[0m, 1_000m]));

    [Fact]
    public void Raising_one_weight_with_the_others_fixed_never_lowers_its_part()
    {
        Gen.Select(ApportionGen.Split, Gen.Int[0, 1_000], ApportionGen.Weight).Sample((split, pick, delta) =>
        {
            var (total, weights) = split;
            var i = pick % weights.Length;
            var raised = (long[])weights.Clone();
            raised[i] += Math.Min(Math.Max(delta, 1), long.MaxValue - weights[i]);
            Apportion.Split(total, raised)[i].ShouldBeGreaterThanOrEqualTo(Apportion.Split(total, weights)[i]);
        }, iter: 3_000);
    }

    [Fact]
    public void Raising_an_owner_share_that_the_others_give_up_never_lowers_its_part()
    {
        SplitSheet.Sample((shares, owner, delta, total) =>
        {
            var spare = WeightRaises.Spare(shares, owner);
            if (spare == 0)
            {
                return;
            }

            var raised = WeightRaises.TakeFromOthers(shares, owner, 1 + ((delta - 1) % spare));
            raised.Sum().ShouldBe(Ppm.Whole);
            raised.Select((s, k) => k == owner || (s >= 1 && s <= shares[k])).ShouldAllBe(ok => ok);
            Apportion.Split(total, raised)[owner].ShouldBeGreaterThanOrEqualTo(Apportion.Split(total, shares)[owner]);
        }, iter: 2_000);
    }

    [Fact]
    public void Raising_a_decimal_score_never_lowers_its_ppm_weight()
    {
        Gen.Select(Score.Array[1, 60].Where(s => s.Any(x => x > 0m)), Gen.Int[0, 1_000], Gen.Decimal[0.000001m, 1_000m]).Sample((scores, pick, delta) =>
        {
            var i = pick % scores.Length;
            var raised = (decimal[])scores.Clone();
            raised[i] += delta;
            WeightsOf(raised)[i].ShouldBeGreaterThanOrEqualTo(WeightsOf(scores)[i]);
        }, iter: 500);
    }

    [Fact]
    public void A_part_can_fall_when_the_total_rises()
    {
        // Quotas 4.29/4.29/1.43 leave one unit for the third; 4.71/4.71/1.57 leave two for the first two.
        Apportion.Split(10, [6, 6, 2]).ShouldBe([4, 4, 2]);
        Apportion.Split(11, [6, 6, 2]).ShouldBe([5, 5, 1]);
    }

    [Fact]
    public void A_part_can_rise_when_only_another_weight_rises()
    {
        Apportion.Split(18, [8, 10, 1, 2, 10]).ShouldBe([5, 6, 0, 1, 6]);
        Apportion.Split(18, [11, 10, 1, 2, 10]).ShouldBe([6, 5, 1, 1, 5]);
    }

    // Positive shares summing to the whole, none below 1 ppm.
    private static long[] Shares(long[] weights) => [.. Apportion.Split(Ppm.Whole - weights.Length, weights).Select(s => s + 1)];

    private static long[] WeightsOf(decimal[] scores) =>
        [.. Attribution.FromScores([.. scores.Select((s, k) => new AttributionScore(W($"w{k:D2}"), s))], _ => true).Entries.Select(e => e.WeightPpm)];
}
