using System.Buffers;

namespace Market.Domain.Money;

/// <summary>
/// The one primitive that splits every amount in Market (DESIGN 2.1): each part is ⌊total·w/W⌋,
/// then the leftover units go one each to the largest fractional remainders, equal remainders
/// to the recipient earlier in the caller's canonical order. Σ parts = total, always.
/// </summary>
public static partial class Apportion
{
    /// <summary>Splits <paramref name="total"/> by <paramref name="weights"/>, given in canonical order.</summary>
    /// <exception cref="ArgumentException">No weights, a negative weight, or all weights zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative total.</exception>
    public static long[] Split(long total, ReadOnlySpan<long> weights)
    {
        EnsureTotal(total);
        var (weightSum, maxWeight) = SumOf(weights);
        var parts = new long[weights.Length];
        if (total == 0)
        {
            return parts;
        }

        // Nearly every real split (ppm weights, micros totals) fits in 64 bits; Int128 is the fallback.
        if (weightSum <= long.MaxValue && total <= long.MaxValue / maxWeight)
        {
            SplitNarrow(total, (long)weightSum, weights, parts);
        }
        else
        {
            SplitWide(total, weightSum, weights, parts);
        }

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

    private static void SplitNarrow(long total, long weightSum, ReadOnlySpan<long> weights, long[] parts)
    {
        // Remainders are scratch: a 10,000-weight split reuses one buffer instead of allocating 80 kB.
        var remainders = ArrayPool<long>.Shared.Rent(weights.Length);
        try
        {
            var rests = remainders.AsSpan(0, weights.Length);
            if (weightSum == Ppm.Whole)
            {
                Leftover.DistributeSmall(parts, rests, total - QuotientsOfPpm(total, weights, parts, rests));
            }
            else
            {
                Leftover.Distribute(parts, rests, total - Quotients(total, weightSum, weights, parts, rests));
            }
        }
        finally
        {
            ArrayPool<long>.Shared.Return(remainders);
        }
    }

    // Each part's ⌊total·w/W⌋ and remainder; returns what they assign in all.
    private static long Quotients(long total, long weightSum, ReadOnlySpan<long> weights, long[] parts, Span<long> remainders)
    {
        long assigned = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            parts[i] = Math.DivRem(total * weights[i], weightSum, out remainders[i]);
            assigned += parts[i];
        }

        return assigned;
    }

    // The same for weights summing to 1,000,000 (attributions, terms, ancestries): a constant
    // divisor the JIT turns into a multiplication, several times faster than a 64-bit division.
    private static long QuotientsOfPpm(long total, ReadOnlySpan<long> weights, long[] parts, Span<long> remainders)
    {
        long assigned = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            var product = total * weights[i];
            parts[i] = product / Ppm.Whole;
            remainders[i] = product - (parts[i] * Ppm.Whole);
            assigned += parts[i];
        }

        return assigned;
    }

    private static void SplitWide(long total, Int128 weightSum, ReadOnlySpan<long> weights, long[] parts)
    {
        var remainders = new Int128[weights.Length];
        long assigned = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            var (quotient, remainder) = Int128.DivRem((Int128)total * weights[i], weightSum);
            parts[i] = (long)quotient;
            remainders[i] = remainder;
            assigned += parts[i];
        }

        Leftover.Distribute(parts, remainders, total - assigned);
    }
}
