using Market.Contracts.Parties;

namespace Market.Grains.Parties;

/// <summary>A party's persistent state.</summary>
[GenerateSerializer, Alias("market.party-state")]
public sealed class PartyState
{
    /// <summary>The party as opened, with its works; null before registration.</summary>
    [Id(0)]
    public PartyView? Party { get; set; }

    /// <summary>Open orders by the canonical key of their items.</summary>
    [Id(1)]
    public Dictionary<string, string> OpenOrders { get; set; } = [];

    /// <summary>The cart.</summary>
    [Id(2)]
    public List<CartItem> Cart { get; set; } = [];

    /// <summary>Works on which the party was named by someone else, or named others (<see cref="IPartyGrain.NamedWorks"/>).</summary>
    [Id(3)]
    public List<string> NamedWorks { get; set; } = [];
}
