using Market.Contracts.Parties;
using Market.Contracts.Payouts;
using Market.Domain.Payouts;
using Market.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Market.Web.Pages.Dashboard;

/// <summary>
/// The artist's payout account: its status with what Stripe still asks for, connecting it (Stripe
/// Connect onboarding, or the sandbox), and the artist's own payout threshold.
/// </summary>
public sealed class PayoutsModel(PartyProvisioner parties, IGrainFactory grains, PayoutPolicy policy) : PageModel
{
    /// <summary>The account's state.</summary>
    public PayoutAccountView Account { get; private set; } = new(PayoutAccountStatus.None, null, null);

    /// <summary>The platform's minimum payout, in minor units.</summary>
    public long PlatformMinimumMinor => policy.MinimumMinor;

    /// <summary>The threshold form: an amount like 25.00, empty for the platform minimum alone.</summary>
    [BindProperty]
    public string? Threshold { get; set; }

    /// <summary>What the last change did.</summary>
    [TempData]
    public string? Message { get; set; }

    /// <summary>Shows the status.</summary>
    public async Task OnGetAsync()
    {
        Account = await grains.GetGrain<IPayoutAccountGrain>(await PartyAsync()).Get();
        Threshold = Account.ThresholdMinor is { } minor ? (minor / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Opens the account; Stripe sends the payee to its onboarding, the sandbox enables it at once.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var partyId = await PartyAsync();
        var party = await grains.GetGrain<IPartyGrain>(partyId).Get();
        Account = await grains.GetGrain<IPayoutAccountGrain>(partyId).Connect(
            new ConnectPayoutAccount(party?.Email ?? "", new Uri($"{Request.Scheme}://{Request.Host}/Dashboard/Payouts")));
        return Account.OnboardingUrl is { } onboarding ? Redirect(onboarding.ToString()) : RedirectToPage();
    }

    /// <summary>Sets the own threshold; a bad amount stays beside the field and nothing is saved.</summary>
    public async Task<IActionResult> OnPostThresholdAsync()
    {
        var account = grains.GetGrain<IPayoutAccountGrain>(await PartyAsync());
        long? minor = null;
        if (!string.IsNullOrWhiteSpace(Threshold))
        {
            if (!Works.PriceText.TryParseMinor(Threshold, out var parsed))
                ModelState.AddModelError(nameof(Threshold), $"'{Threshold}' is not an amount like 25.00.");
            else if (parsed > PayoutAccountLimits.MaxThresholdMinor)
                ModelState.AddModelError(nameof(Threshold), $"The threshold can be at most {Money.Format(PayoutAccountLimits.MaxThresholdMinor)}.");
            else
                minor = parsed;
        }

        if (!ModelState.IsValid)
        {
            Account = await account.Get();
            return Page();
        }

        Account = await account.SetThreshold(minor);
        Message = minor is { } set ? $"Payouts wait until your available balance reaches {Money.Format(Math.Max(set, policy.MinimumMinor))}." : "Your own threshold is cleared; the platform minimum applies.";
        return RedirectToPage();
    }

    private async Task<string> PartyAsync() =>
        await parties.EnsurePartyAsync(User) ?? throw new InvalidOperationException("A signed-in user has no account.");
}
