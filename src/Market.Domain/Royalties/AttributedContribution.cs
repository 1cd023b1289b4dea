using Market.Domain.Ids;

namespace Market.Domain.Royalties;

/// <summary>A contribution's integer weight in a piece's attribution; the weights sum to 1,000,000 ppm.</summary>
public sealed record AttributedContribution(WorkId Contribution, long WeightPpm);
