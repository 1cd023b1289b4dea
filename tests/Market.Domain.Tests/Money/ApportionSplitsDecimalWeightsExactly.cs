using System.Numerics;
using CsCheck;
using Market.Domain.Money;

namespace Market.Domain.Tests.Money;

public sealed class ApportionSplitsDecimalWeightsExactly
{
    private static readonly Gen<decimal> Score =
        Gen.Select(Gen.Long[0, 1_000_000_000_000], Gen.Int[0, 28]).Select((m, scale) => new decimal((int)(m & 0xFFFFFFFF), (int)(m >> 32), 0, false, (byte)scale));

    [Fact]
    public void Attribution_scores_become_ppm_weights()
    {
        Apportion.SplitDecimal(1_000_000, [0.5m, 0.3m, 0.2m]).ShouldBe([500_000, 300_000, 200_000]);
        Apportion.SplitDecimal(1_000_000, [1m, 1m, 1m]).ShouldBe([333_334, 333_333, 333_333]);
    }

    [Fact]
    public void Scores_with_different_scales_keep_their_exact_ratio()
    {
        // 1 : 1e-28 : 2 — the tiny score is far below one ppm, and must not disturb the others.
        Apportion.SplitDecimal(1_000_000, [1m, 0.0000000000000000000000000001m, 2m]).ShouldBe([333_333, 0, 666_667]);
        Apportion.SplitDecimal(3, [79_228_162_514_264_337_593_543_950_335m, 0.5m]).ShouldBe([3, 0]);

        // decimal.MaxValue scaled by 10^28 needs more than 128 bits.
        Apportion.SplitDecimal(10, [decimal.MaxValue, 0.0000000000000000000000000001m, decimal.MaxValue]).ShouldBe([5, 0, 5]);
    }

    [Fact]
    public void The_parts_match_an_exact_rational_oracle()
    {
        Gen.Select(Gen.Long[0, 10_000_000], Score.Array[1, 30].Where(s => s.Any(x => x > 0))).Sample((total, scores) =>
        {
            Apportion.SplitDecimal(total, scores).ShouldBe(Oracle(total, scores));
        }, iter: 1_000);
    }

    // Largest remainders with every score scaled to an integer by 10^28, sorted the slow, obvious way.
    private static long[] Oracle(long total, decimal[] scores)
    {
        var weights = scores.Select(ToScaledInteger).ToArray();
        var sum = weights.Aggregate(BigInteger.Zero, (a, w) => a + w);
        var floors = weights.Select(w => BigInteger.DivRem(total * w, sum, out _)).ToArray();
        var remainders = weights.Select(w => total * w % sum).ToArray();
        var leftover = (int)(total - floors.Aggregate(BigInteger.Zero, (a, f) => a + f));
        var extra = Enumerable.Range(0, scores.Length).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take(leftover).ToHashSet();
        return [.. floors.Select((f, i) => (long)f + (extra.Contains(i) ? 1 : 0))];
    }

    private static BigInteger ToScaledInteger(decimal score)
    {
        var bits = decimal.GetBits(score);
        var mantissa = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
        var scale = (bits[3] >> 16) & 0xFF;
        return mantissa * BigInteger.Pow(10, 28 - scale);
    }
}
