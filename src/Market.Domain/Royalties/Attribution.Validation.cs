using Market.Domain.Ids;
using Market.Domain.Money;

namespace Market.Domain.Royalties;

public sealed partial record Attribution
{
    private static void EnsureScoresValid(IReadOnlyList<AttributionScore> scores, Func<WorkId, bool> isContribution)
    {
        if (scores.Count > MaxEntries)
        {
            throw new ArgumentException(
                $"The attribution has {scores.Count} entries; at most {MaxEntries} are allowed.", nameof(scores));
        }

        var firstSeen = new Dictionary<WorkId, int>(scores.Count);
        var anyPositive = false;
        for (var i = 0; i < scores.Count; i++)
        {
            var (work, score) = (scores[i].Contribution, scores[i].Score);
            if (score < 0m)
            {
                throw new ArgumentException($"Attribution entry {i} (work '{work}') has a negative score ({score}).", nameof(scores));
            }

            if (!firstSeen.TryAdd(work, i))
            {
                throw new ArgumentException($"Attribution entry {i} (work '{work}') repeats entry {firstSeen[work]}.", nameof(scores));
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
