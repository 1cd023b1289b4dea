using Marten;
using Market.Domain;
using Market.Web.Catalog;

namespace Market.Web.Api.Works;

/// <summary><c>GET /api/v1/catalog</c>: full-text search with filters, sorting and paging.</summary>
public static class SearchCatalog
{
    /// <summary>A work in a result list.</summary>
    public sealed record Item(
        string Id, string Title, string Kind, IReadOnlyList<string> Tags, string ArtistId, string ArtistName,
        long FromPriceMinor, bool IsGenerated, string? ModelId, string? PreviewUrl);

    /// <summary>The answer.</summary>
    public sealed record Response(IReadOnlyList<Item> Items, long Total, int Page, int PageSize);

    /// <summary>Handles the call.</summary>
    public static async Task<IResult> Handle(HttpRequest request, IQuerySession documents, CancellationToken cancellationToken)
    {
        var parsing = new ValidationErrors();
        var query = new CatalogQuery(
            QueryParameters.Text(request, "q"), QueryParameters.Text(request, "kind"),
            QueryParameters.WholeNumber(request, "minPriceMinor", parsing), QueryParameters.WholeNumber(request, "maxPriceMinor", parsing),
            QueryParameters.Text(request, "origin"), QueryParameters.Text(request, "modelId"), QueryParameters.Text(request, "artistId"),
            QueryParameters.Text(request, "sort"),
            (int)Math.Clamp(QueryParameters.WholeNumber(request, "page", parsing) ?? 1, int.MinValue, int.MaxValue),
            (int)Math.Clamp(QueryParameters.WholeNumber(request, "pageSize", parsing) ?? 24, int.MinValue, int.MaxValue));
        var errors = parsing.IsEmpty ? query.Validate() : parsing.ToDictionary();
        if (errors.Count > 0) return Problems.Validation(errors);

        var result = await CatalogSearch.RunAsync(documents, query, cancellationToken);
        var items = result.Items.Select(w => new Item(
            w.Id, w.Title, w.Kind, w.Tags, w.ArtistId, w.ArtistName, w.FromPriceMinor, w.IsGenerated, w.ModelId,
            w.HasPreview ? $"/works/{w.Id}/preview" : null)).ToList();
        return Results.Ok(new Response(items, result.Total, result.Page, result.PageSize));
    }
}
