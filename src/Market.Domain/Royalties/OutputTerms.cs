namespace Market.Domain.Royalties;

/// <summary>
/// How a model version splits what reaches it through a generated piece, in the canonical role
/// order creator, model owner, pool, base model. The four sum to 1,000,000 ppm; a base model
/// reached through lineage uses only [owner, pool, base] of its own terms.
/// </summary>
public sealed record OutputTerms(long CreatorPpm, long OwnerPpm, long PoolPpm, long BasePpm = 0);
