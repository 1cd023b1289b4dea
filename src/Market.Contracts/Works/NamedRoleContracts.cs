using Market.Domain.Catalog;

namespace Market.Contracts.Works;

/// <summary>A person named on a work by someone else and their answer, on the wire (<see cref="NamedRole"/>).</summary>
[GenerateSerializer, Immutable, Alias("market.named-role")]
public sealed record NamedRoleView(
    [property: Id(0)] string PartyId,
    [property: Id(1)] string Role,
    [property: Id(2)] string Answer,
    [property: Id(3)] DateTimeOffset? AnsweredAt)
{
    /// <summary>From the domain's record.</summary>
    public static NamedRoleView From(NamedRole role) => new(role.PartyId, role.Role, role.Answer, role.AnsweredAt);

    /// <summary>The domain's record.</summary>
    public NamedRole ToDomain() => new(PartyId, Role, Answer, AnsweredAt);
}

/// <summary>The outcome of a named person's answer: the work afterwards, or why the answer was refused.</summary>
[GenerateSerializer, Immutable, Alias("market.named-role-answer")]
public sealed record NamedRoleAnswer(
    [property: Id(0)] WorkView Work,
    [property: Id(1)] NamedRoleRefusal? Refusal,
    [property: Id(2)] string? Message);
