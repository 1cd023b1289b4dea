using Market.Domain.Ids;

namespace Market.Domain.Royalties;

/// <summary>
/// A work node: original or generated. Parents make it a derivative; what the stack of its
/// ancestry leaves goes to the work's primary split, which the concrete kind defines.
/// </summary>
public abstract record Work(WorkId Id, IReadOnlyList<ParentEdge> Parents);
