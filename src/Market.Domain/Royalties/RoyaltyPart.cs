using Market.Domain.Ids;

namespace Market.Domain.Royalties;

/// <summary>
/// One part of an allocation. A party's part names <see cref="Party"/>; a pool floor names the
/// model version whose pool it credits in <see cref="Pool"/>; the platform's commission names neither.
/// </summary>
/// <param name="Role">Why the recipient is paid.</param>
/// <param name="Party">The party paid, for every role but <see cref="RoyaltyRole.Platform"/> and <see cref="RoyaltyRole.PoolFloor"/>.</param>
/// <param name="Pool">The model version whose pool floor is credited, for <see cref="RoyaltyRole.PoolFloor"/>.</param>
/// <param name="Path">The nodes the money passed through.</param>
/// <param name="AmountMicros">The amount, in micros; never negative, never zero.</param>
/// <param name="AttributionPpm">The attribution weight of the nearest attributed contribution on the path, if any.</param>
public sealed record RoyaltyPart(
    RoyaltyRole Role,
    PartyId? Party,
    ModelId? Pool,
    RoyaltyPath Path,
    long AmountMicros,
    long? AttributionPpm = null);
