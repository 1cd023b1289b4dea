namespace Market.Domain.Catalog;

/// <summary>
/// A person named on a work by someone else (the creator of a generated piece, a co-owner on a split
/// sheet) and their answer so far. The role takes effect only once <see cref="Answer"/> is accepted.
/// </summary>
/// <param name="PartyId">The account named.</param>
/// <param name="Role"><see cref="NamedRoles.Creator"/> or <see cref="NamedRoles.CoOwner"/>.</param>
/// <param name="Answer">pending, accepted or declined (<see cref="NamedRoles"/>).</param>
/// <param name="AnsweredAt">When they answered; null while pending.</param>
public sealed record NamedRole(string PartyId, string Role, string Answer, DateTimeOffset? AnsweredAt = null)
{
    /// <summary>True once the person has accepted: from then on the role is theirs and they earn from it.</summary>
    public bool IsAccepted => Answer == NamedRoles.Accepted;
}
