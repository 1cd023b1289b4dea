namespace Market.Domain.Royalties;

/// <summary>One node on a royalty path, shown as <c>work:id</c>, <c>model:id</c> or <c>pool:id</c>.</summary>
public readonly record struct PathStep(NodeKind Kind, string Id)
{
    /// <summary>Reads a step back from its label.</summary>
    /// <exception cref="FormatException">The label is not <c>kind:id</c> with a known kind.</exception>
    public static PathStep Parse(string label)
    {
        var colon = label.IndexOf(':', StringComparison.Ordinal);
        var kind = colon < 0 ? null : label[..colon] switch
        {
            "work" => NodeKind.Work,
            "model" => NodeKind.Model,
            "pool" => (NodeKind?)NodeKind.Pool,
            _ => null,
        };
        return kind is { } known && colon < label.Length - 1
            ? new PathStep(known, label[(colon + 1)..])
            : throw new FormatException($"'{label}' is not a royalty path step (work:id, model:id or pool:id).");
    }

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        NodeKind.Work => "work:",
        NodeKind.Model => "model:",
        _ => "pool:",
    } + Id;
}
