using System.Numerics;

namespace Market.Domain.Money;

/// <summary>
/// Hands the leftover units of a split to the largest remainders, equal remainders to the lower
/// index. Only the threshold remainder is selected (linear on average), never a full sort, so a
/// million-weight split stays cheap.
/// </summary>
internal static class Leftover
{
    public static void Distribute<T>(Span<long> parts, ReadOnlySpan<T> remainders, long leftover)
        where T : IComparisonOperators<T, T, bool>, IComparable<T>
    {
        // Each remainder is below one unit, so the leftover is fewer than the recipients: it fits an int.
        if (leftover > 0)
        {
            GiveUnits(parts, remainders, (int)leftover, KthLargest.Find(remainders, (int)leftover));
        }
    }

    /// <summary>The same for remainders below <see cref="KthLargest.SmallLimit"/> (a split by ppm weights).</summary>
    public static void DistributeSmall(Span<long> parts, ReadOnlySpan<long> remainders, long leftover)
    {
        if (leftover > 0)
        {
            GiveUnits(parts, remainders, (int)leftover, KthLargest.FindSmall(remainders, (int)leftover));
        }
    }

    private static void GiveUnits<T>(Span<long> parts, ReadOnlySpan<T> remainders, int count, T threshold)
        where T : IComparisonOperators<T, T, bool>
    {
        var above = 0;
        foreach (var remainder in remainders)
        {
            if (remainder > threshold)
            {
                above++;
            }
        }

        // Everyone above the threshold gets a unit; the rest go to the earliest at the threshold.
        var atThreshold = count - above;
        for (var i = 0; i < remainders.Length; i++)
        {
            if (remainders[i] > threshold)
            {
                parts[i]++;
            }
            else if (atThreshold > 0 && remainders[i] == threshold)
            {
                parts[i]++;
                atThreshold--;
            }
        }
    }
}
