using Market.Domain.Ids;
using Market.Domain.Money;

namespace Market.Domain.Royalties;

public sealed partial record Attribution
{
    private static void EnsureNotTooMany(int count, string name)
    {
        if (count > MaxEntries)
        {
            throw new ArgumentException($"The attribution has {count} entries; at most {MaxEntries} are allowed.", name);
        }
    }

    // Checks every entry in the order sent, so the first bad one is named whatever its kind.
    // Repeats are found from the canonical order (equal ids sit side by side), not by hashing every id.
    private static void EnsureScoresValid(IReadOnlyList<AttributionScore> scores, int[] order, Func<WorkId, bool> isContribution)
    {
        var firstSeen = FirstOccurrences(scores, order);
        var anyPositive = false;
        for (var i = 0; i < scores.Count; i++)
        {
            var (work, score) = (scores[i].Contribution, scores[i].Score);
            if (score < 0m)
            {
                throw new ArgumentException($"Attribution entry {i} (work '{work}') has a negative score ({score}).", nameof(scores));
            }

            if (firstSeen?[i] is { } first && first != i)
            {
                throw new ArgumentException($"Attribution entry {i} (work '{work}') repeats entry {first}.", nameof(scores));
            }

            if (!isContribution(work))
            {
                throw new ArgumentException(
                    $"Attribution entry {i} (work '{work}') is not a contribution of this model version.", nameof(scores));
            }

            anyPositive |= score > 0m;
        }

        if (!anyPositive)
        {
            throw new ArgumentException("The attribution scores are all zero; at least one must be positive.", nameof(scores));
        }
    }

    // For each entry, the first entry sent with the same id; null when no id is repeated.
    private static int[]? FirstOccurrences(IReadOnlyList<AttributionScore> scores, int[] order)
    {
        int[]? firstSeen = null;
        for (var start = 0; start < order.Length;)
        {
            var end = start + 1;
            var first = order[start];
            for (; end < order.Length && SameId(scores, order[start], order[end]); end++)
            {
                first = Math.Min(first, order[end]);
            }

            if (end - start > 1)
            {
                firstSeen ??= Enumerable.Range(0, order.Length).ToArray();
                for (var k = start; k < end; k++)
                {
                    firstSeen[order[k]] = first;
                }
            }

            start = end;
        }

        return firstSeen;
    }

    private static bool SameId(IReadOnlyList<AttributionScore> scores, int a, int b) =>
        string.Equals(scores[a].Contribution.Value, scores[b].Contribution.Value, StringComparison.Ordinal);

    private static void EnsureWeightsValid(IReadOnlyList<AttributedContribution> entries)
    {
        long sum = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            if (!Ppm.IsShare(entries[i].WeightPpm))
            {
                throw new ArgumentException($"Attribution entry {i} (work '{entries[i].Contribution}') has weight {entries[i].WeightPpm}, outside 0 to 1,000,000 ppm.", nameof(entries));
            }

            if (i > 0 && WorkId.Ordinal.Compare(entries[i - 1].Contribution, entries[i].Contribution) >= 0)
            {
                throw new ArgumentException($"Attribution entry {i} (work '{entries[i].Contribution}') is out of canonical order or repeated.", nameof(entries));
            }

            sum += entries[i].WeightPpm;
        }

        if (sum != Ppm.Whole)
        {
            throw new ArgumentException($"The attribution weights sum to {sum} ppm, not 1,000,000.", nameof(entries));
        }
    }
}
