using Market.Domain;
using Market.Domain.Catalog;

namespace Market.Web.Catalog;

/// <summary>A catalog search: words, filters that combine with AND, a sort order and a page.</summary>
public sealed record CatalogQuery(
    string? Q = null,
    string? Kind = null,
    long? MinPriceMinor = null,
    long? MaxPriceMinor = null,
    string? Origin = null,
    string? ModelId = null,
    string? ArtistId = null,
    string? Sort = null,
    int Page = 1,
    int PageSize = 24)
{
    /// <summary>Sort orders: newest first (default), oldest first, cheapest, dearest, by title.</summary>
    public static readonly IReadOnlyList<string> Sorts = ["new", "old", "priceAsc", "priceDesc", "title"];

    /// <summary>Origins: an original work or one generated with a model.</summary>
    public static readonly IReadOnlyList<string> Origins = ["original", "generated"];

    /// <summary>Largest page.</summary>
    public const int MaxPageSize = 100;

    /// <summary>Last page number: deep enough for any browsing, small enough that the row offset stays an int.</summary>
    public const int MaxPage = 10_000;

    /// <summary>Every problem with the query, by parameter name; empty when it can run.</summary>
    public Dictionary<string, string[]> Validate()
    {
        var errors = new ValidationErrors();
        if (Kind is not null && !WorkKind.IsKnown(Kind)) errors.Add("kind", $"Unknown kind '{Kind}': use one of {string.Join(", ", WorkKind.All)}.");
        if (Origin is not null && !Origins.Contains(Origin)) errors.Add("origin", "Origin is original or generated.");
        if (Sort is not null && !Sorts.Contains(Sort)) errors.Add("sort", $"Unknown sort '{Sort}': use one of {string.Join(", ", Sorts)}.");
        if (MinPriceMinor < 0) errors.Add("minPriceMinor", "minPriceMinor cannot be negative.");
        if (MaxPriceMinor < 0) errors.Add("maxPriceMinor", "maxPriceMinor cannot be negative.");
        if (MinPriceMinor > WorkRules.MaxPriceMinor) errors.Add("minPriceMinor", $"minPriceMinor is above {WorkRules.MaxPriceMinor}, the dearest price a work may have.");
        if (MaxPriceMinor > WorkRules.MaxPriceMinor) errors.Add("maxPriceMinor", $"maxPriceMinor is above {WorkRules.MaxPriceMinor}, the dearest price a work may have.");
        if (MinPriceMinor > MaxPriceMinor) errors.Add("minPriceMinor", "minPriceMinor is above maxPriceMinor.");
        if (Page is < 1 or > MaxPage) errors.Add("page", $"Pages run from 1 to {MaxPage}.");
        if (PageSize is < 1 or > MaxPageSize) errors.Add("pageSize", $"pageSize is 1 to {MaxPageSize}.");
        return errors.ToDictionary();
    }
}
