using Microsoft.AspNetCore.Identity;

namespace Market.Web.Identity;

/// <summary>A person who signs in; linked to the party that holds their works and money.</summary>
public sealed class MarketUser : IdentityUser
{
    /// <summary>The party this person acts as; set the first time they need one.</summary>
    public string? PartyId { get; set; }
}
