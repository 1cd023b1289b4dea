using Market.Contracts.Works;
using Market.Domain.Catalog;
using Market.Web.Catalog;
using Market.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Market.Web.Pages.Dashboard;

/// <summary>An owner changes a work's training consent; every change is kept with its time.</summary>
public sealed class ConsentModel(PartyProvisioner parties, IGrainFactory grains, PublicPageOutputCache publicPages) : PageModel
{
    /// <summary>The work.</summary>
    public WorkView? Work { get; private set; }

    /// <summary>Generative training.</summary>
    [BindProperty] public string GenerativeTraining { get; set; } = Consent.NotAllowed;

    /// <summary>Non-generative training.</summary>
    [BindProperty] public string NonGenerativeTraining { get; set; } = Consent.NotAllowed;

    /// <summary>Text and data mining.</summary>
    [BindProperty] public string DataMining { get; set; } = Consent.NotAllowed;

    /// <summary>The least pool share, in percent, for constrained uses.</summary>
    [BindProperty] public decimal? MinimumPoolPercent { get; set; }

    /// <summary>Shows the current consent; someone else's work is not found.</summary>
    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadOwnAsync(id)) return NotFound();
        (GenerativeTraining, NonGenerativeTraining, DataMining) = (Work!.Consent.GenerativeTraining, Work.Consent.NonGenerativeTraining, Work.Consent.DataMining);
        MinimumPoolPercent = Work.Consent.MinimumPoolPpm / 10_000m;
        return Page();
    }

    /// <summary>Saves the change, or shows what is wrong.</summary>
    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (!await LoadOwnAsync(id)) return NotFound();
        var minimum = MinimumPoolPercent is { } percent ? (long?)decimal.Round(percent * 10_000m) : null;
        var consent = new Consent(GenerativeTraining, NonGenerativeTraining, DataMining, minimum);
        foreach (var (field, messages) in WorkRules.ValidateConsent(consent)) ModelState.AddModelError(field, string.Join(" ", messages));
        if (!ModelState.IsValid) return Page();
        var partyId = await parties.EnsurePartyAsync(User);
        Work = await grains.GetGrain<IWorkGrain>(id).ChangeConsent(WorkConsent.From(consent), partyId!);
        await publicPages.EvictAsync(HttpContext.RequestAborted);
        TempData["Saved"] = "Consent saved. Model versions sealed before now keep the consent they were sealed with.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadOwnAsync(string id)
    {
        var partyId = await parties.EnsurePartyAsync(User);
        Work = await grains.GetGrain<IWorkGrain>(id).Get();
        return Work is not null && Work.IsOwnedBy(partyId);
    }
}
