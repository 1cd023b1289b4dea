using Market.Domain.Ids;
using Market.Domain.Money;

namespace Market.Domain.Royalties;

/// <summary>
/// A work made by people. Its primary split is its owner, or its collaborators' split sheet
/// (shares summing to 1,000,000 ppm).
/// </summary>
public sealed record OriginalWork(WorkId Id, IReadOnlyList<OwnerShare> Owners, IReadOnlyList<ParentEdge> Parents)
    : Work(Id, Parents)
{
    /// <summary>A work with a single owner who takes the whole primary split.</summary>
    public static OriginalWork OwnedBy(WorkId id, PartyId owner, params IReadOnlyList<ParentEdge> parents) =>
        new(id, [new OwnerShare(owner, Ppm.Whole)], parents);
}
