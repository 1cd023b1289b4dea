namespace Market.Domain.Ids;

/// <summary>A party: an account that can be paid (artist, creator, model owner).</summary>
public readonly record struct PartyId
{
    /// <summary>Wraps a non-blank id.</summary>
    public PartyId(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value;
    }

    /// <summary>The id as stored and shown.</summary>
    public string Value { get; }

    /// <summary>Canonical order (DESIGN 2.1): ordinal, so every machine and culture agrees.</summary>
    public static IComparer<PartyId> Ordinal { get; } = Comparer<PartyId>.Create((a, b) => string.CompareOrdinal(a.Value, b.Value));

    /// <inheritdoc />
    public override string ToString() => Value;
}
