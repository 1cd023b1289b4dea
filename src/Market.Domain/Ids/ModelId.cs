namespace Market.Domain.Ids;

/// <summary>A model version: a node of the royalty graph, and the key of its contributor pool.</summary>
public readonly record struct ModelId
{
    /// <summary>Wraps a non-blank id.</summary>
    public ModelId(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value;
    }

    /// <summary>The id as stored and shown.</summary>
    public string Value { get; }

    /// <summary>Canonical order (DESIGN 2.1): ordinal, so every machine and culture agrees.</summary>
    public static IComparer<ModelId> Ordinal { get; } = Comparer<ModelId>.Create((a, b) => string.CompareOrdinal(a.Value, b.Value));

    /// <inheritdoc />
    public override string ToString() => Value;
}
