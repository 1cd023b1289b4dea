namespace Market.Domain.Money;

/// <summary>
/// The one primitive that splits every amount in Market (DESIGN 2.1): each part is ⌊total·w/W⌋,
/// then the leftover units go one each to the largest fractional remainders, equal remainders
/// to the recipient earlier in the caller's canonical order. Σ parts = total, always.
/// </summary>
public static class Apportion
{
    /// <summary>Splits <paramref name="total"/> by <paramref name="weights"/>, given in canonical order.</summary>
    /// <exception cref="ArgumentException">No weights, a negative weight, or all weights zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative total.</exception>
    public static long[] Split(long total, ReadOnlySpan<long> weights)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        var weightSum = SumOf(weights);
        var parts = new long[weights.Length];
        if (total == 0)
        {
            return parts;
        }

        var remainders = new Int128[weights.Length];
        long assigned = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            var product = (Int128)total * weights[i];
            parts[i] = (long)(product / weightSum);
            remainders[i] = product % weightSum;
            assigned += parts[i];
        }

        DistributeLeftover(parts, remainders, total - assigned);
        return parts;
    }

    /// <summary>The same split for weights that arrive as a list.</summary>
    public static long[] Split(long total, IReadOnlyList<long> weights)
    {
        var copy = new long[weights.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = weights[i];
        }

        return Split(total, copy);
    }

    private static Int128 SumOf(ReadOnlySpan<long> weights)
    {
        if (weights.IsEmpty)
        {
            throw new ArgumentException("At least one weight is needed.", nameof(weights));
        }

        Int128 sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            if (weights[i] < 0)
            {
                throw new ArgumentException($"Weight {i} is negative ({weights[i]}).", nameof(weights));
            }

            sum += weights[i];
        }

        return sum > 0 ? sum : throw new ArgumentException("The weights sum to zero.", nameof(weights));
    }

    // The leftover is fewer than weights.Length units, so only that many recipients get one more.
    // A stable sort on remainder (descending) keeps equal remainders in canonical order.
    private static void DistributeLeftover(long[] parts, Int128[] remainders, long leftover)
    {
        if (leftover == 0)
        {
            return;
        }

        var order = new int[parts.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var byRemainder = order.OrderByDescending(i => remainders[i]).ThenBy(i => i);
        foreach (var index in byRemainder.Take((int)leftover))
        {
            parts[index]++;
        }
    }
}
