using Market.Domain.Ids;

namespace Market.Domain.Royalties;

/// <summary>
/// A derivative's edge to one parent. The share is absolute (DESIGN 2): the parent receives
/// <paramref name="SharePpm"/> of every amount reaching the child, whatever lies between them.
/// </summary>
public sealed record ParentEdge(WorkId Parent, long SharePpm);
