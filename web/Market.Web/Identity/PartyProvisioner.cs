using System.Security.Claims;
using Market.Contracts.Parties;
using Market.Domain.Parties;
using Microsoft.AspNetCore.Identity;

namespace Market.Web.Identity;

/// <summary>
/// Gives a signed-in person their party the first time they need one. People who register on
/// the site are buyers and artists; operator and admin are granted, not chosen.
/// </summary>
public sealed class PartyProvisioner(UserManager<MarketUser> users, SignInManager<MarketUser> signIn, IGrainFactory grains)
{
    /// <summary>The party id of the signed-in person, creating the party if needed; null when signed out.</summary>
    public async Task<string?> EnsurePartyAsync(ClaimsPrincipal principal)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return null;
        }

        if (user.PartyId is null)
        {
            user.PartyId = "p_" + Guid.NewGuid().ToString("N");
            var name = user.UserName?.Split('@')[0] ?? "artist";
            await grains.GetGrain<IPartyGrain>(user.PartyId).Register(new RegisterParty(name, user.Email ?? "", [Roles.Buyer, Roles.Artist], null, user.Id));
            await users.UpdateAsync(user);
            await users.AddToRolesAsync(user, [Roles.Buyer, Roles.Artist]);
            await signIn.RefreshSignInAsync(user);
        }

        return user.PartyId;
    }
}
