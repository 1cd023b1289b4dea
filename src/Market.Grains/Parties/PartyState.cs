using Market.Contracts.Parties;

namespace Market.Grains.Parties;

/// <summary>A party's persistent state.</summary>
[GenerateSerializer, Alias("market.party-state")]
public sealed class PartyState
{
    /// <summary>The party as opened, with its works; null before registration.</summary>
    [Id(0)]
    public PartyView? Party { get; set; }
}
