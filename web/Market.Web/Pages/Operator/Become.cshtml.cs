using Market.Contracts.Parties;
using Market.Domain.Parties;
using Market.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Market.Web.Pages.Operator;

/// <summary>
/// A signed-in person takes on the operator role (register models and what they generate). The
/// role goes on both their sign-in (so the pages let them in) and their party (so the grains and
/// new API keys see it).
/// </summary>
[Authorize]
public sealed class BecomeModel(PartyProvisioner parties, UserManager<MarketUser> users, SignInManager<MarketUser> signIn, IGrainFactory grains) : PageModel
{
    /// <summary>True when the person already operates models.</summary>
    public bool IsOperator { get; private set; }

    /// <summary>Shows whether they are an operator already.</summary>
    public void OnGet() => IsOperator = User.IsInRole(Roles.Operator);

    /// <summary>Grants the role, refreshes the sign-in and goes to the models page.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var partyId = await parties.EnsurePartyAsync(User) ?? throw new InvalidOperationException("A signed-in user has no account.");
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in user no longer exists.");
        await grains.GetGrain<IPartyGrain>(partyId).AddRole(Roles.Operator);
        if (!await users.IsInRoleAsync(user, Roles.Operator))
        {
            var result = await users.AddToRoleAsync(user, Roles.Operator);
            if (!result.Succeeded)
            {
                ModelState.AddModelError("", string.Join(" ", result.Errors.Select(e => e.Description)));
                return Page();
            }
        }

        await signIn.RefreshSignInAsync(user);
        return Redirect("/Operator/Models");
    }
}
