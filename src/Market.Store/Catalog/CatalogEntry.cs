namespace Market.Store.Catalog;

/// <summary>A work as the catalog lists and searches it; written by the Work grain, read by pages.</summary>
public sealed class CatalogEntry
{
    /// <summary>The work id.</summary>
    public string Id { get; set; } = "";

    /// <summary>Title shown in listings.</summary>
    public string Title { get; set; } = "";

    /// <summary>Description for the work page and full-text search.</summary>
    public string Description { get; set; } = "";

    /// <summary>image, photo, illustration, audio, video or text.</summary>
    public string Kind { get; set; } = "";

    /// <summary>Tags, lowercase.</summary>
    public List<string> Tags { get; set; } = [];

    /// <summary>The registering artist's party id.</summary>
    public string ArtistId { get; set; } = "";

    /// <summary>The artist's display name at registration.</summary>
    public string ArtistName { get; set; } = "";

    /// <summary>The lowest offered price, for sorting and filtering.</summary>
    public long FromPriceMinor { get; set; }

    /// <summary>True for a generated work.</summary>
    public bool IsGenerated { get; set; }

    /// <summary>True when a preview image exists.</summary>
    public bool HasPreview { get; set; }

    /// <summary>SHA-256 of the licensable file, if any.</summary>
    public string? ContentHash { get; set; }

    /// <summary>For a generated work: the model version that made it.</summary>
    public string? ModelId { get; set; }

    /// <summary>Consent for generative training: allowed, notAllowed or constrained.</summary>
    public string GenerativeTraining { get; set; } = "notAllowed";

    /// <summary>Consent for non-generative training.</summary>
    public string NonGenerativeTraining { get; set; } = "notAllowed";

    /// <summary>Consent for text and data mining.</summary>
    public string DataMining { get; set; } = "notAllowed";

    /// <summary>For constrained uses: the least pool share a model must offer, in ppm.</summary>
    public long? MinimumPoolPpm { get; set; }

    /// <summary>Title, description, tags and artist in one text, the one column the full-text index covers.</summary>
    public string SearchText { get; set; } = "";

    /// <summary>When the work was registered.</summary>
    public DateTimeOffset RegisteredAt { get; set; }
}
