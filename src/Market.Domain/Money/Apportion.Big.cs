using System.Numerics;

namespace Market.Domain.Money;

public static partial class Apportion
{
    // Weights beyond 64 bits only arise from decimals with very different scales; rare enough
    // that arbitrary precision costs nothing that matters.
    private static long[] SplitBig(long total, BigInteger[] weights)
    {
        var weightSum = BigInteger.Zero;
        foreach (var weight in weights)
        {
            weightSum += weight;
        }

        if (weightSum.IsZero)
        {
            throw new ArgumentException("The weights are all zero; at least one must be positive.", nameof(weights));
        }

        var parts = new long[weights.Length];
        var remainders = new BigInteger[weights.Length];
        long assigned = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            parts[i] = (long)BigInteger.DivRem(total * weights[i], weightSum, out remainders[i]);
            assigned += parts[i];
        }

        Leftover.Distribute(parts, remainders, total - assigned);
        return parts;
    }
}
