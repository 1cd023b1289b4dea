using Market.Domain.Ids;

namespace Market.Domain.Royalties;

/// <summary>
/// A generated piece's per-piece attribution as integer ppm weights (Σ = 1,000,000), entries in
/// canonical order (contribution ids, ordinal). From here on every step is integer (DESIGN 2.1).
/// </summary>
public sealed partial record Attribution
{
    /// <summary>The most entries one piece's attribution may name.</summary>
    public const int MaxEntries = 10_000;

    // The weights are kept beside the entries so a sale splits by them without copying 10,000 of them first.
    private readonly long[] _weights;

    private Attribution(AttributedContribution[] entries, long[] weights) => (Entries, _weights) = (entries, weights);

    /// <summary>No attribution: the pool's non-floor part also goes by inclusion weight.</summary>
    public static Attribution None { get; } = new([], []);

    /// <summary>The weights, ordered by contribution id (ordinal).</summary>
    public IReadOnlyList<AttributedContribution> Entries { get; }

    /// <summary>True when the piece names no contributions.</summary>
    public bool IsEmpty => Entries.Count == 0;

    /// <summary>Each entry's weight, in the entries' order.</summary>
    internal ReadOnlySpan<long> Weights => _weights;

    /// <summary>
    /// Turns the operator's decimal scores into ppm weights: Apportion(1,000,000, scores), exactly.
    /// </summary>
    /// <param name="scores">The entries as sent; an empty list means no attribution.</param>
    /// <param name="isContribution">Whether a work is a contribution of the piece's model version.</param>
    /// <exception cref="ArgumentException">Too many entries, or an entry that is negative, unknown or
    /// repeated, or scores that are all zero; the message names the entry.</exception>
    public static Attribution FromScores(IReadOnlyList<AttributionScore> scores, Func<WorkId, bool> isContribution)
    {
        if (scores.Count == 0)
        {
            return None;
        }

        EnsureNotTooMany(scores.Count, nameof(scores));
        var order = CanonicalOrder(scores);
        EnsureScoresValid(scores, order, isContribution);
        var weights = WeightsOf(scores, order);
        var entries = new AttributedContribution[order.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = new AttributedContribution(scores[order[i]].Contribution, weights[i]);
        }

        return new Attribution(entries, weights);
    }

    /// <summary>Rebuilds an attribution from stored weights, checking they are one (canonical, Σ = 1,000,000).</summary>
    /// <exception cref="ArgumentException">The weights are out of order, repeated, negative or do not sum to the whole.</exception>
    public static Attribution FromWeights(IReadOnlyList<AttributedContribution> entries)
    {
        if (entries.Count == 0)
        {
            return None;
        }

        EnsureWeightsValid(entries);
        return new Attribution([.. entries], [.. entries.Select(e => e.WeightPpm)]);
    }

    /// <summary>Attributions are equal when their entries are.</summary>
    public bool Equals(Attribution? other) => other is not null && Entries.SequenceEqual(other.Entries);

    /// <inheritdoc />
    public override int GetHashCode() => Entries.Count == 0 ? 0 : HashCode.Combine(Entries.Count, Entries[0]);
}
