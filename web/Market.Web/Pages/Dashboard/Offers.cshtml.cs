using System.Text.RegularExpressions;
using Market.Contracts.Works;
using Market.Web.Catalog;
using Market.Web.Identity;
using Market.Web.Pages.Works;
using Market.Web.Works;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Market.Web.Pages.Dashboard;

/// <summary>An artist changes a work's tiers and prices; orders already placed keep the price they were placed at.</summary>
public sealed partial class OffersModel(PartyProvisioner parties, IGrainFactory grains, PublicPageOutputCache publicPages) : PageModel
{
    /// <summary>The work.</summary>
    public WorkView? Work { get; private set; }

    /// <summary>Price per tier in dollars and cents as typed; an empty tier is not offered.</summary>
    [BindProperty]
    public Dictionary<string, string?> Prices { get; set; } = [];

    /// <summary>Shows the offers in force; someone else's work is not found.</summary>
    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadOwnAsync(id)) return NotFound();
        Prices = Work!.Offers.ToDictionary(o => o.Tier, o => (string?)PriceText.Show(o.PriceMinor));
        return Page();
    }

    /// <summary>Puts the new offers in force, or shows what is wrong beside each price.</summary>
    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadOwnAsync(id)) return NotFound();
        var offers = PriceText.ToOffers(Prices, (tier, message) => ModelState.AddModelError(FieldOf(tier), message));
        if (!ModelState.IsValid) return Page();

        var result = await WorkOffers.ChangeAsync(grains, publicPages, id, offers, cancellationToken);
        foreach (var (field, messages) in result.Errors) ModelState.AddModelError(FormField(field, offers), string.Join(" ", messages));
        if (result.Work is null) return Page();
        TempData["Saved"] = "Prices saved. Orders placed before now keep the price they were placed at.";
        return RedirectToPage(new { id });
    }

    /// <summary>The form field of a tier's price.</summary>
    public static string FieldOf(string tier) => $"Prices[{tier}]";

    // The rules name offers by index ("offers[1].priceMinor"); the form names them by tier.
    private static string FormField(string field, List<Domain.Catalog.Offer> offers) =>
        OfferIndex().Match(field) is { Success: true } m && int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) is var i && i < offers.Count
            ? FieldOf(offers[i].Tier)
            : nameof(Prices);

    [GeneratedRegex(@"^offers\[(\d+)\]")]
    private static partial Regex OfferIndex();

    private async Task<bool> LoadOwnAsync(string id)
    {
        var partyId = await parties.EnsurePartyAsync(User);
        Work = await grains.GetGrain<IWorkGrain>(id).Get();
        return Work is not null && WorkOffers.MayChange(Work, partyId);
    }
}
