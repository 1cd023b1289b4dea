using Market.Domain.Ids;

namespace Market.Domain.Royalties;

/// <summary>A work in a model version's training set, with its declared inclusion weight (1 to 1,000,000).</summary>
public sealed record Contribution(WorkId Work, long InclusionWeight = 1)
{
    /// <summary>The largest inclusion weight a contribution may declare.</summary>
    public const long MaxInclusionWeight = 1_000_000;
}
