using System.Buffers;
using Market.Domain.Money;

namespace Market.Domain.Royalties;

public sealed partial record Attribution
{
    // The entries' indexes in canonical order (ids, ordinal). Operators often send them in that
    // order already; then one pass proves it and nothing is sorted. Equal ids end up side by side.
    private static int[] CanonicalOrder(IReadOnlyList<AttributionScore> scores)
    {
        var order = new int[scores.Count];
        var sorted = true;
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            sorted &= i == 0 || string.CompareOrdinal(scores[i - 1].Contribution.Value, scores[i].Contribution.Value) < 0;
        }

        if (!sorted)
        {
            var ids = new string[order.Length];
            for (var i = 0; i < ids.Length; i++)
            {
                ids[i] = scores[i].Contribution.Value;
            }

            // Not a stable sort, but valid ids are distinct, and repeats are rejected whatever their order.
            Array.Sort(ids, order, StringComparer.Ordinal);
        }

        return order;
    }

    // Apportion(1,000,000, scores in canonical order), exactly (DESIGN 2.1).
    private static long[] WeightsOf(IReadOnlyList<AttributionScore> scores, int[] order)
    {
        // 10,000 decimals are 160 kB, a large-object allocation on every call unless the buffer is reused.
        var values = ArrayPool<decimal>.Shared.Rent(order.Length);
        try
        {
            for (var i = 0; i < order.Length; i++)
            {
                values[i] = scores[order[i]].Score;
            }

            return Apportion.SplitDecimal(Ppm.Whole, values.AsSpan(0, order.Length));
        }
        finally
        {
            ArrayPool<decimal>.Shared.Return(values);
        }
    }
}
