using Market.Contracts.Works;
using Market.Store.Catalog;

namespace Market.Grains.Works;

/// <summary>Turns a work into the document the catalog searches.</summary>
public static class CatalogEntries
{
    /// <summary>The catalog entry of <paramref name="work"/>.</summary>
    public static CatalogEntry From(WorkView work, string artistName) => new()
    {
        Id = work.Id,
        Title = work.Title,
        Description = work.Description,
        Kind = work.Kind,
        Tags = [.. work.Tags],
        ArtistId = work.ArtistId,
        ArtistName = artistName,
        FromPriceMinor = work.Offers.Count == 0 ? 0 : work.Offers.Min(o => o.PriceMinor),
        IsGenerated = work.IsGenerated,
        ModelId = work.Generation?.ModelId,
        GenerativeTraining = work.Consent.GenerativeTraining,
        NonGenerativeTraining = work.Consent.NonGenerativeTraining,
        DataMining = work.Consent.DataMining,
        MinimumPoolPpm = work.Consent.MinimumPoolPpm,
        HasPreview = work.File?.HasPreview ?? false,
        ContentHash = work.File?.ContentHash,
        RegisteredAt = work.RegisteredAt,
        SearchText = string.Join(' ', [work.Title, work.Description, string.Join(' ', work.Tags), artistName]),
    };
}
