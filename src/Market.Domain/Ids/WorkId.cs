namespace Market.Domain.Ids;

/// <summary>A work, original or generated: a node of the royalty graph.</summary>
public readonly record struct WorkId
{
    /// <summary>Wraps a non-blank id.</summary>
    public WorkId(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value;
    }

    /// <summary>The id as stored and shown.</summary>
    public string Value { get; }

    /// <summary>Canonical order (DESIGN 2.1): ordinal, so every machine and culture agrees.</summary>
    public static IComparer<WorkId> Ordinal { get; } = Comparer<WorkId>.Create((a, b) => string.CompareOrdinal(a.Value, b.Value));

    /// <inheritdoc />
    public override string ToString() => Value;
}
