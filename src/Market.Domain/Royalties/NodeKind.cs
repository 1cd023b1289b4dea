namespace Market.Domain.Royalties;

/// <summary>The kinds of node a royalty path passes through.</summary>
public enum NodeKind
{
    /// <summary>A work, original or generated.</summary>
    Work,

    /// <summary>A model version.</summary>
    Model,

    /// <summary>A model version's contributor pool.</summary>
    Pool,
}
