using Market.Domain.Ids;

namespace Market.Domain.Royalties;

/// <summary>
/// A model version: its owner, output terms, optional base model (a fine-tune) and the share of
/// its contributor pool that goes to every contribution by inclusion weight. Immutable once sealed;
/// a generated piece may only name a sealed version.
/// </summary>
public sealed record ModelVersion(
    ModelId Id,
    PartyId Owner,
    OutputTerms Terms,
    long InclusionFloorPpm = RoyaltyPolicy.DefaultInclusionFloorPpm,
    ModelId? BaseModel = null,
    bool IsSealed = false);
