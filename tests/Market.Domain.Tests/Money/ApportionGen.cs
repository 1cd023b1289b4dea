using System.Numerics;
using CsCheck;

namespace Market.Domain.Tests.Money;

/// <summary>Generators for splits that reach both the 64-bit and the Int128 paths, and a BigInteger oracle.</summary>
internal static class ApportionGen
{
    public static readonly Gen<long> Weight = Gen.OneOf(Gen.Long[0, 10], Gen.Long[0, 1_000_000], Gen.Long[0, long.MaxValue]);

    public static readonly Gen<long[]> Weights = Weight.Array[1, 40].Where(w => w.Any(x => x > 0));

    public static readonly Gen<long> Total = Gen.OneOf(Gen.Long[0, 100], Gen.Long[0, 100_000_000_000], Gen.Long[0, long.MaxValue]);

    public static readonly Gen<(long Total, long[] Weights)> Split = Gen.Select(Total, Weights);

    /// <summary>The exact quota of each part as ⌊total·w/W⌋ and the remainder total·w mod W.</summary>
    public static (BigInteger Floor, BigInteger Remainder)[] Quotas(long total, long[] weights)
    {
        var sum = weights.Aggregate(BigInteger.Zero, (s, w) => s + w);
        return [.. weights.Select(w => (BigInteger.DivRem(total * (BigInteger)w, sum, out var r), r)).Select(q => (q.Item1, q.r))];
    }
}
