using Marten;
using Marten.Pagination;
using Market.Store.Catalog;

namespace Market.Web.Catalog;

/// <summary>One page of search results and how many there are in all.</summary>
public sealed record CatalogPage(IReadOnlyList<CatalogEntry> Items, long Total, int Page, int PageSize)
{
    /// <summary>The number of pages.</summary>
    public long PageCount => (Total + PageSize - 1) / PageSize;
}

/// <summary>Runs a catalog query against the Marten catalog documents (full-text index plus filters).</summary>
public static class CatalogSearch
{
    /// <summary>The page the query asks for. The query must be valid (<see cref="CatalogQuery.Validate"/>).</summary>
    public static async Task<CatalogPage> RunAsync(IQuerySession documents, CatalogQuery query, CancellationToken cancellationToken)
    {
        IQueryable<CatalogEntry> works = documents.Query<CatalogEntry>();
        if (!string.IsNullOrWhiteSpace(query.Q)) works = works.Where(w => w.WebStyleSearch(query.Q));
        if (query.Kind is { } kind) works = works.Where(w => w.Kind == kind);
        if (query.MinPriceMinor is { } min) works = works.Where(w => w.FromPriceMinor >= min);
        if (query.MaxPriceMinor is { } max) works = works.Where(w => w.FromPriceMinor <= max);
        if (query.Origin is { } origin) works = works.Where(w => w.IsGenerated == (origin == "generated"));
        if (query.ModelId is { } model) works = works.Where(w => w.ModelId == model);
        if (query.ArtistId is { } artist) works = works.Where(w => w.ArtistId == artist);
        works = query.Sort switch
        {
            "old" => works.OrderBy(w => w.RegisteredAt).ThenBy(w => w.Id),
            "priceAsc" => works.OrderBy(w => w.FromPriceMinor).ThenBy(w => w.Id),
            "priceDesc" => works.OrderByDescending(w => w.FromPriceMinor).ThenBy(w => w.Id),
            "title" => works.OrderBy(w => w.Title).ThenBy(w => w.Id),
            _ => works.OrderByDescending(w => w.RegisteredAt).ThenBy(w => w.Id),
        };
        var page = await works.ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
        return new CatalogPage(page.ToList(), page.TotalItemCount, query.Page, query.PageSize);
    }
}
