using Marten;
using Market.Contracts.Parties;
using Market.Web.Catalog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Market.Web.Pages.Artists;

/// <summary>An artist's public page: their name and every work they sell, newest first.</summary>
public sealed class DetailModel(IGrainFactory grains, IQuerySession documents) : PageModel
{
    /// <summary>The artist's display name.</summary>
    public string Name { get; private set; } = "";

    /// <summary>When they joined.</summary>
    public DateTimeOffset Since { get; private set; }

    /// <summary>Their works.</summary>
    public CatalogPage Works { get; private set; } = new([], 0, 1, CatalogQuery.MaxPageSize);

    /// <summary>Loads the artist, or answers 404 for an id nobody has.</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await grains.GetGrain<IPartyGrain>(id).Get() is not { } party) return NotFound();
        (Name, Since) = (party.DisplayName, party.OpenedAt);
        Works = await CatalogSearch.RunAsync(documents, new CatalogQuery(ArtistId: id, PageSize: CatalogQuery.MaxPageSize), cancellationToken);
        return Page();
    }
}
