using Marten;
using Market.Store.Catalog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Market.Web.Pages;

/// <summary>The home page: the newest works, or a full-text search over the catalog.</summary>
public sealed class IndexModel(IQuerySession documents) : PageModel
{
    /// <summary>The search text, if any.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    /// <summary>The works shown.</summary>
    public IReadOnlyList<CatalogEntry> Works { get; private set; } = [];

    /// <summary>Loads the listing.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var works = documents.Query<CatalogEntry>();
        var query = string.IsNullOrWhiteSpace(Query)
            ? works.OrderByDescending(w => w.RegisteredAt)
            : works.Where(w => w.WebStyleSearch(Query)).OrderByDescending(w => w.RegisteredAt);
        Works = await query.Take(48).ToListAsync(cancellationToken);
    }
}
