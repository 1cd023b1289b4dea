using Market.Contracts.Parties;
using Market.Contracts.Works;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Market.Web.Pages.Works;

/// <summary>A work's page: preview, artist, offers and what each license allows, consent.</summary>
public sealed class DetailModel(IGrainFactory grains) : PageModel
{
    /// <summary>The work shown.</summary>
    public WorkView? Work { get; private set; }

    /// <summary>The artist's display name.</summary>
    public string ArtistName { get; private set; } = "";

    /// <summary>Loads the work, or answers 404.</summary>
    public async Task<IActionResult> OnGetAsync(string id)
    {
        Work = await grains.GetGrain<IWorkGrain>(id).Get();
        if (Work is null)
        {
            return NotFound();
        }

        ArtistName = (await grains.GetGrain<IPartyGrain>(Work.ArtistId).Get())?.DisplayName ?? "unknown artist";
        // TDMRep: the page says whether text and data mining rights are reserved.
        Response.Headers["tdm-reservation"] = Work.Consent.DataMining == "allowed" ? "0" : "1";
        return Page();
    }
}
