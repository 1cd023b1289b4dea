using System.Globalization;
using Market.Domain.Ids;

namespace Market.Domain.Royalties;

/// <summary>One entry of a generated piece's per-piece attribution, as the model operator sent it.</summary>
public sealed record AttributionScore(WorkId Contribution, decimal Score)
{
    /// <summary>
    /// Reads a score from its text (a JSON number token, for instance). A <c>decimal</c> cannot hold
    /// NaN or an infinity, so this is where such values are turned away, naming the entry.
    /// </summary>
    /// <exception cref="ArgumentException">The text is not a finite number within the decimal range.</exception>
    public static AttributionScore Parse(int entry, WorkId contribution, string score)
    {
        if (!decimal.TryParse(score, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw new ArgumentException(
                $"Attribution entry {entry} (work '{contribution}') has score '{score}', which is not a finite number.",
                nameof(score));
        }

        return new AttributionScore(contribution, value);
    }
}
