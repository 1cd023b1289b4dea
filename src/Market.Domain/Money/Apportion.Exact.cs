using System.Numerics;

namespace Market.Domain.Money;

public static partial class Apportion
{
    // Weights beyond 64 bits only arise from decimals with very different scales. The caller picks
    // a type in which total · weight and the weight sum cannot overflow: Int128 when the scaled
    // weights are small enough, BigInteger otherwise.
    private static long[] SplitExact<T>(long total, T[] weights)
        where T : IBinaryInteger<T>
    {
        var weightSum = T.Zero;
        foreach (var weight in weights)
        {
            weightSum += weight;
        }

        if (T.IsZero(weightSum))
        {
            throw new ArgumentException("The weights are all zero; at least one must be positive.", nameof(weights));
        }

        var scaledTotal = T.CreateChecked(total);
        var parts = new long[weights.Length];
        var remainders = new T[weights.Length];
        long assigned = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            (var quotient, remainders[i]) = T.DivRem(scaledTotal * weights[i], weightSum);
            parts[i] = long.CreateChecked(quotient);
            assigned += parts[i];
        }

        Leftover.Distribute(parts, remainders, total - assigned);
        return parts;
    }
}
