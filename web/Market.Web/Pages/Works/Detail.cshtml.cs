using Market.Contracts.Models;
using Market.Contracts.Parties;
using Market.Contracts.Works;
using Market.Domain.Money;
using Market.Domain.Royalties;
using Market.Grains.Royalties;
using Market.Web.Catalog;
using Market.Web.Pages.Works.Breakdown;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Market.Web.Pages.Works;

/// <summary>
/// A work's page: preview, artist, offers and what each license allows, consent. Stored for anonymous
/// visitors like the catalog, so it carries nothing of one visitor's: its add-to-cart form has no
/// antiforgery token and is guarded by <see cref="Security.RefuseCrossOriginRequests"/> instead.
/// </summary>
[OutputCache(PolicyName = PublicPageOutputCache.WorkPolicy)]
public sealed class DetailModel(IGrainFactory grains, RoyaltyGraphLoader graphs, RoyaltyPolicy policy) : PageModel
{
    /// <summary>The tier whose money breakdown is shown (the cheapest when none is chosen).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Tier { get; set; }

    /// <summary>Where the money of the selected tier goes.</summary>
    public MoneyBreakdown? Breakdown { get; private set; }

    /// <summary>The work shown.</summary>
    public WorkView? Work { get; private set; }

    /// <summary>The artist's display name.</summary>
    public string ArtistName { get; private set; } = "";

    /// <summary>For a generated work, the model version's name and version.</summary>
    public string ModelName { get; private set; } = "";

    /// <summary>Loads the work, or answers 404.</summary>
    public async Task<IActionResult> OnGetAsync(string id)
    {
        Work = await grains.GetGrain<IWorkGrain>(id).Get();
        if (Work is null)
        {
            return NotFound();
        }

        ArtistName = (await grains.GetGrain<IPartyGrain>(Work.ArtistId).Get())?.DisplayName ?? "unknown artist";
        if (Work.Generation is { } generation && await grains.GetGrain<IModelGrain>(generation.ModelId).Get() is { } model)
        {
            ModelName = $"{model.Name} {model.Version}";
        }

        var offer = Work.Offers.FirstOrDefault(o => o.Tier == Tier) ?? Work.Offers.MinBy(o => o.PriceMinor);
        if (offer is not null && PaymentFees.Sandbox(offer.PriceMinor) < offer.PriceMinor)
        {
            Tier = offer.Tier;
            Breakdown = await MoneyBreakdown.ComputeAsync(Work.Id, offer.Tier, offer.PriceMinor, graphs, policy, grains);
        }

        // TDMRep: the page says whether text and data mining rights are reserved.
        Response.Headers["tdm-reservation"] = Work.Consent.DataMining == "allowed" ? "0" : "1";
        return Page();
    }
}
