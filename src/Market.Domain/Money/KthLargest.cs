using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Market.Domain.Money;

/// <summary>Selects the k-th largest value (k = 1 is the largest) without sorting everything.</summary>
internal static class KthLargest
{
    // Quickselect rounds before giving up on the pivot choice and sorting what is left, so an
    // adversarial input costs n log n, never n².
    private const int MaxRounds = 64;

    public static T Find<T>(ReadOnlySpan<T> values, int k)
        where T : IComparisonOperators<T, T, bool>, IComparable<T>
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, values.Length);

        // The selection reorders its input, so it works on a copy; the copy's buffer is reused between calls.
        var buffer = ArrayPool<T>.Shared.Rent(values.Length);
        try
        {
            values.CopyTo(buffer);
            return Select(buffer.AsSpan(0, values.Length), k - 1);
        }
        finally
        {
            ArrayPool<T>.Shared.Return(buffer, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
    }

    /// <summary>The bound below which <see cref="FindSmall"/> takes values: 2^20, above a ppm divisor.</summary>
    public const long SmallLimit = 1L << (2 * RadixBits);

    private const int RadixBits = 10;

    /// <summary>
    /// The k-th largest of values in [0, <see cref="SmallLimit"/>), by counting: the top ten bits
    /// pick a bucket, the low ten bits the value in it. Two linear passes, no copy, no swaps.
    /// </summary>
    public static long FindSmall(ReadOnlySpan<long> values, int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, values.Length);
        Span<int> counts = stackalloc int[1 << RadixBits];
        foreach (var value in values)
        {
            counts[(int)(value >> RadixBits)]++;
        }

        var high = BucketOf(counts, ref k);
        counts.Clear();
        foreach (var value in values)
        {
            if (value >> RadixBits == high)
            {
                counts[(int)(value & ((1 << RadixBits) - 1))]++;
            }
        }

        return ((long)high << RadixBits) | (long)BucketOf(counts, ref k);
    }

    // The bucket holding the k-th largest, counted down from the top; k becomes the rank within it.
    private static int BucketOf(Span<int> counts, ref int k)
    {
        var bucket = counts.Length - 1;
        for (; k > counts[bucket]; bucket--)
        {
            k -= counts[bucket];
        }

        return bucket;
    }

    // Quickselect of the value at descending index target; scratch is reordered.
    private static T Select<T>(Span<T> scratch, int target)
        where T : IComparisonOperators<T, T, bool>, IComparable<T>
    {
        var (lo, hi) = (0, scratch.Length - 1);
        for (var round = 0; lo < hi; round++)
        {
            if (round == MaxRounds)
            {
                scratch.Slice(lo, hi - lo + 1).Sort();
                return scratch[hi - (target - lo)];
            }

            var pivot = MedianOfThree(scratch[lo], scratch[lo + ((hi - lo) / 2)], scratch[hi]);
            var (greaterEnd, lessStart) = Partition(scratch, lo, hi, pivot);
            if (target < greaterEnd)
            {
                hi = greaterEnd - 1;
            }
            else if (target < lessStart)
            {
                return pivot;
            }
            else
            {
                lo = lessStart;
            }
        }

        return scratch[lo];
    }

    // Three-way partition in descending order: [lo, greaterEnd) > pivot, [greaterEnd, lessStart)
    // equal, [lessStart, hi] < pivot. Equal runs (common: many equal weights) end in one round.
    private static (int GreaterEnd, int LessStart) Partition<T>(Span<T> values, int lo, int hi, T pivot)
        where T : IComparisonOperators<T, T, bool>
    {
        var (greater, i, less) = (lo, lo, hi);
        while (i <= less)
        {
            if (values[i] > pivot)
            {
                (values[greater], values[i]) = (values[i], values[greater]);
                greater++;
                i++;
            }
            else if (values[i] < pivot)
            {
                (values[less], values[i]) = (values[i], values[less]);
                less--;
            }
            else
            {
                i++;
            }
        }

        return (greater, less + 1);
    }

    private static T MedianOfThree<T>(T a, T b, T c)
        where T : IComparisonOperators<T, T, bool>
    {
        if (a > b)
        {
            (a, b) = (b, a);
        }

        return c <= a ? a : c >= b ? b : c;
    }
}
