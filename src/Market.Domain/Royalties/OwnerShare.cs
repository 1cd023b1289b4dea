using Market.Domain.Ids;

namespace Market.Domain.Royalties;

/// <summary>One line of an original work's split sheet: a party and its share of the primary split.</summary>
public sealed record OwnerShare(PartyId Party, long SharePpm);
