namespace Market.Domain.Money;

public static partial class Apportion
{
    private static void EnsureTotal(long total)
    {
        if (total < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(total), total, $"The total to split is negative ({total}).");
        }
    }

    // Returns the sum (which can exceed long for a million large weights) and the largest weight,
    // which decides whether total·w fits in 64 bits.
    private static (Int128 Sum, long Max) SumOf(ReadOnlySpan<long> weights)
    {
        if (weights.IsEmpty)
        {
            throw new ArgumentException("At least one weight is needed; the weights are empty.", nameof(weights));
        }

        Int128 sum = 0;
        long max = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            var weight = weights[i];
            if (weight < 0)
            {
                throw new ArgumentException($"Weight {i} is negative ({weight}).", nameof(weights));
            }

            sum += weight;
            max = Math.Max(max, weight);
        }

        return sum > 0 ? (sum, max) : throw new ArgumentException("The weights are all zero; at least one must be positive.", nameof(weights));
    }
}
