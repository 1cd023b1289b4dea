using Market.Domain.Ids;

namespace Market.Domain.Royalties;

/// <summary>An ancestor of a work and its share: the sum of the edges pointing into it from the ancestry.</summary>
public sealed record AncestorShare(WorkId Ancestor, long SharePpm);
