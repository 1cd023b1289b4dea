namespace Market.Domain.Catalog;

/// <summary>
/// The rule for people named on a work by someone else: each must accept before their role takes
/// effect, and until everyone has, the work is not for sale (so no sale can credit anyone who has not
/// agreed to be paid through it). Works registered before the rule, and works naming only the
/// registering party, name nobody and are for sale at once.
/// </summary>
public static class NamedRoles
{
    /// <summary>The human creator of a generated piece, named by the model's operator.</summary>
    public const string Creator = "creator";

    /// <summary>A co-owner on a work's split sheet, named by its artist.</summary>
    public const string CoOwner = "coOwner";

    /// <summary>Not answered yet.</summary>
    public const string Pending = "pending";

    /// <summary>Accepted: the role is theirs.</summary>
    public const string Accepted = "accepted";

    /// <summary>Declined: the work stays off sale.</summary>
    public const string Declined = "declined";

    /// <summary>
    /// Who must accept when <paramref name="namingPartyId"/> registers a work naming <paramref name="creatorId"/>
    /// (generated pieces) and <paramref name="ownerIds"/> (the split sheet): everyone named except the naming
    /// party, each once, in the order named (the creator first).
    /// </summary>
    public static IReadOnlyList<NamedRole> ToAsk(string namingPartyId, string? creatorId, IEnumerable<string> ownerIds)
    {
        var named = new List<NamedRole>();
        void Name(string? partyId, string role)
        {
            if (partyId is null || partyId == namingPartyId || named.Exists(n => n.PartyId == partyId)) return;
            named.Add(new NamedRole(partyId, role, Pending));
        }

        Name(creatorId, Creator);
        foreach (var owner in ownerIds) Name(owner, CoOwner);
        return named;
    }

    /// <summary>declined when anyone declined, else pending while anyone has not answered, else accepted (also when nobody was named).</summary>
    public static string StatusOf(IReadOnlyList<NamedRole>? named) =>
        named is null ? Accepted
        : named.Any(n => n.Answer == Declined) ? Declined
        : named.Any(n => n.Answer == Pending) ? Pending
        : Accepted;

    /// <summary>True when everyone named has accepted: only then may the work be offered and sold.</summary>
    public static bool IsForSale(IReadOnlyList<NamedRole>? named) => StatusOf(named) == Accepted;

    /// <summary>
    /// True when <paramref name="partyId"/>'s role on the work is in effect: they were not named by someone
    /// else, or they accepted. A named person who has not accepted may not act as an owner nor earn as one.
    /// </summary>
    public static bool HasTakenRole(IReadOnlyList<NamedRole>? named, string partyId) =>
        named?.FirstOrDefault(n => n.PartyId == partyId) is not { } role || role.IsAccepted;

    /// <summary>
    /// <paramref name="partyId"/> answers for themself. Answers are final: the same answer again changes
    /// nothing; the other answer, or an answer from someone not named, is refused.
    /// </summary>
    public static NamedRoleDecision Answer(IReadOnlyList<NamedRole>? named, string partyId, bool accept, DateTimeOffset at)
    {
        var index = named is null ? -1 : named.ToList().FindIndex(n => n.PartyId == partyId);
        if (index < 0) return NamedRoleDecision.Refused(NamedRoleRefusal.NotNamed, "You are not named on this work, so there is nothing for you to accept or decline.");
        var current = named![index];
        var answer = accept ? Accepted : Declined;
        if (current.Answer == answer) return new NamedRoleDecision(named, null, null);
        if (current.Answer != Pending)
            return NamedRoleDecision.Refused(NamedRoleRefusal.AlreadyAnswered, $"You already {current.Answer} your role on this work; an answer is final.");
        var updated = named.ToList();
        updated[index] = current with { Answer = answer, AnsweredAt = at };
        return new NamedRoleDecision(updated, null, null);
    }
}
