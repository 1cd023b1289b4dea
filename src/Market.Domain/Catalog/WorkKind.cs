namespace Market.Domain.Catalog;

/// <summary>The kinds of asset Market sells, with the file formats each accepts (checked by content).</summary>
public static class WorkKind
{
    /// <summary>Every kind, in the spelling the API uses.</summary>
    public static readonly IReadOnlyList<string> All = ["image", "photo", "illustration", "audio", "video", "text"];

    /// <summary>True for a kind Market knows.</summary>
    public static bool IsKnown(string? kind) => kind is not null && All.Contains(kind, StringComparer.Ordinal);

    /// <summary>True when a file of <paramref name="format"/> may be sold as <paramref name="kind"/>.</summary>
    public static bool Accepts(string kind, FileFormat format) => kind switch
    {
        "image" or "photo" or "illustration" => format.IsImage,
        "audio" => format.Family == "audio",
        "video" => format.Family == "video",
        "text" => format.Family == "text",
        _ => false,
    };
}
