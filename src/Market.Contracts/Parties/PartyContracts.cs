namespace Market.Contracts.Parties;

/// <summary>Opens an account (a party that can buy, sell and be paid).</summary>
[GenerateSerializer, Immutable, Alias("market.register-party")]
public sealed record RegisterParty(
    [property: Id(0)] string DisplayName,
    [property: Id(1)] string Email,
    [property: Id(2)] IReadOnlyList<string> Roles,
    [property: Id(3)] string? ApiKeyHash,
    [property: Id(4)] string? UserId);

/// <summary>A party as others may see it; money is never part of this view.</summary>
[GenerateSerializer, Immutable, Alias("market.party-view")]
public sealed record PartyView(
    [property: Id(0)] string Id,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] string Email,
    [property: Id(3)] IReadOnlyList<string> Roles,
    [property: Id(4)] IReadOnlyList<string> WorkIds,
    [property: Id(5)] DateTimeOffset OpenedAt);

/// <summary>A license waiting in a cart: a work and a tier.</summary>
[GenerateSerializer, Immutable, Alias("market.cart-item")]
public sealed record CartItem([property: Id(0)] string WorkId, [property: Id(1)] string Tier);
