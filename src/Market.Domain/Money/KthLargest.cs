using System.Numerics;

namespace Market.Domain.Money;

/// <summary>Selects the k-th largest value (k = 1 is the largest) without sorting everything.</summary>
internal static class KthLargest
{
    // Quickselect rounds before giving up on the pivot choice and sorting what is left, so an
    // adversarial input costs n log n, never n².
    private const int MaxRounds = 64;

    public static T Find<T>(T[] values, int k)
        where T : IComparisonOperators<T, T, bool>, IComparable<T>
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, values.Length);
        var scratch = (T[])values.Clone();
        var (lo, hi, target) = (0, scratch.Length - 1, k - 1);
        for (var round = 0; lo < hi; round++)
        {
            if (round == MaxRounds)
            {
                Array.Sort(scratch, lo, hi - lo + 1);
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
    private static (int GreaterEnd, int LessStart) Partition<T>(T[] values, int lo, int hi, T pivot)
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
