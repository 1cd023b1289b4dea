using System.Numerics;
using CsCheck;
using Market.Domain.Money;

namespace Market.Domain.Tests.Money;

public sealed class ApportionDoesNotOverflowAtExtremes
{
    [Fact]
    public void Totals_and_weights_near_long_max_value()
    {
        var nearMax = Gen.Long[long.MaxValue - 1_000, long.MaxValue];
        Gen.Select(nearMax, Gen.Long[long.MaxValue / 2, long.MaxValue].Array[1, 100]).Sample((total, weights) =>
        {
            var parts = Apportion.Split(total, weights);
            parts.Aggregate(Int128.Zero, (s, p) => s + p).ShouldBe(total);
            var quotas = ApportionGen.Quotas(total, weights);
            parts.Select((p, i) => p - quotas[i].Floor).ShouldAllBe(d => d == 0 || d == 1);
        }, iter: 500);
    }

    [Fact]
    public void The_largest_total_over_the_largest_weights()
    {
        // Quotas ≈ M/2 − ¼, M/2 − ¼ and ½: the last has the largest remainder, so it takes the odd unit.
        Apportion.Split(long.MaxValue, [long.MaxValue, long.MaxValue, 1]).ShouldBe([long.MaxValue / 2, long.MaxValue / 2, 1]);
    }

    [Fact]
    public void A_million_large_weights()
    {
        var weights = new long[1_000_000];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = long.MaxValue - (i * 7_919L);
        }

        var parts = Apportion.Split(long.MaxValue, weights);

        parts.Aggregate(Int128.Zero, (s, p) => s + p).ShouldBe(long.MaxValue);
        var sum = weights.Aggregate(BigInteger.Zero, (s, w) => s + w);
        foreach (var i in new[] { 0, 1, 499_999, 999_999 })
        {
            var floor = (long)(long.MaxValue * (BigInteger)weights[i] / sum);
            (parts[i] - floor).ShouldBeInRange(0, 1);
        }
    }

    [Fact]
    public void A_million_ppm_weights_with_a_ragged_leftover()
    {
        var weights = Enumerable.Range(0, 1_000_000).Select(i => 1L + (i * 104_729L % 1_000_000)).ToArray();

        var parts = Apportion.Split(999_999_999_999, weights);

        parts.Sum().ShouldBe(999_999_999_999);
        parts.ShouldAllBe(p => p >= 0);
    }
}
