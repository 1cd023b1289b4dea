using Market.Contracts.Parties;
using Market.Contracts.Payouts;
using Market.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Market.Web.Pages.Dashboard;

/// <summary>The artist's payout account: its status, and connecting it (Stripe Connect onboarding, or the sandbox).</summary>
public sealed class PayoutsModel(PartyProvisioner parties, IGrainFactory grains) : PageModel
{
    /// <summary>The account's state.</summary>
    public PayoutAccountView Account { get; private set; } = new(PayoutAccountStatus.None, null, null);

    /// <summary>Shows the status.</summary>
    public async Task OnGetAsync() => Account = await grains.GetGrain<IPayoutAccountGrain>(await PartyAsync()).Get();

    /// <summary>Opens the account; Stripe sends the payee to its onboarding, the sandbox enables it at once.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var partyId = await PartyAsync();
        var party = await grains.GetGrain<IPartyGrain>(partyId).Get();
        Account = await grains.GetGrain<IPayoutAccountGrain>(partyId).Connect(
            new ConnectPayoutAccount(party?.Email ?? "", new Uri($"{Request.Scheme}://{Request.Host}/Dashboard/Payouts")));
        return Account.OnboardingUrl is { } onboarding ? Redirect(onboarding.ToString()) : RedirectToPage();
    }

    private async Task<string> PartyAsync() =>
        await parties.EnsurePartyAsync(User) ?? throw new InvalidOperationException("A signed-in user has no account.");
}
