using Marten;
using Market.Web.Catalog;
using Market.Web.Pages.Works;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Market.Web.Pages;

/// <summary>The catalog: newest works, or a full-text search with filters, sorting and pages.</summary>
[OutputCache(PolicyName = PublicPageOutputCache.CatalogPolicy)]
public sealed class IndexModel(IQuerySession documents) : PageModel
{
    /// <summary>Words to search for.</summary>
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    /// <summary>Kind filter.</summary>
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }

    /// <summary>Original or generated.</summary>
    [BindProperty(SupportsGet = true)] public string? Origin { get; set; }

    /// <summary>Lowest price, as typed in dollars.</summary>
    [BindProperty(SupportsGet = true)] public string? MinPrice { get; set; }

    /// <summary>Highest price, as typed in dollars.</summary>
    [BindProperty(SupportsGet = true)] public string? MaxPrice { get; set; }

    /// <summary>Sort order.</summary>
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }

    /// <summary>Page number, from 1 (a long, so that a huge number is refused by the query's rules, not by binding).</summary>
    [BindProperty(SupportsGet = true, Name = "p")] public long PageNumber { get; set; } = 1;

    /// <summary>The results.</summary>
    public CatalogPage Results { get; private set; } = new([], 0, 1, 24);

    /// <summary>On the unfiltered home page: the newest generated pieces, each of which pays the artists who trained its model.</summary>
    public IReadOnlyList<Market.Store.Catalog.CatalogEntry> Featured { get; private set; } = [];

    /// <summary>True when any search or filter is set.</summary>
    public bool IsFiltered => !string.IsNullOrWhiteSpace(Q) || Kind is not null || Origin is not null || MinPrice is not null || MaxPrice is not null;

    /// <summary>Runs the search; bad filters are shown beside the form.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var min = Price(nameof(MinPrice), MinPrice);
        var max = Price(nameof(MaxPrice), MaxPrice);
        var page = (int)Math.Clamp(PageNumber, 1, int.MaxValue);
        var query = new CatalogQuery(Q, Blank(Kind), min, max, Blank(Origin), Sort: Blank(Sort), Page: page);
        foreach (var (field, messages) in query.Validate())
        {
            ModelState.AddModelError(field, string.Join(" ", messages));
        }

        if (ModelState.IsValid)
        {
            Results = await CatalogSearch.RunAsync(documents, query, cancellationToken);
        }
        else
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;   // the messages beside the form say which filter is wrong
        }

        if (!IsFiltered && page == 1)
        {
            Featured = (await CatalogSearch.RunAsync(documents, new CatalogQuery(Origin: "generated", PageSize: 4), cancellationToken)).Items;
        }
    }

    /// <summary>The link to another page of the same search.</summary>
    public string PageLink(long page) =>
        Url.Page("/Index", new { Q, Kind, Origin, MinPrice, MaxPrice, Sort, p = page }) ?? "/";

    private long? Price(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (PriceText.TryParseMinor(text, out var minor)) return minor;
        ModelState.AddModelError(field, $"'{text}' is not a price like 12.00.");
        return null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
