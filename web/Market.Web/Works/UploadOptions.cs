using System.ComponentModel.DataAnnotations;

namespace Market.Web.Works;

/// <summary>Limits on uploaded files (section <c>Market:Uploads</c>).</summary>
public sealed class UploadOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Market:Uploads";

    /// <summary>Largest file accepted, in bytes (default 20 MiB).</summary>
    [Range(1024, 1L << 31)]
    public long MaxFileBytes { get; set; } = 20L << 20;

    /// <summary>
    /// Most pixels (width × height) an uploaded image may have (default 50 million): read from the
    /// header before decoding, since decoding takes about 4 bytes per pixel.
    /// </summary>
    [Range(1, 1_000_000_000)]
    public long MaxImagePixels { get; set; } = 50_000_000;

    /// <summary>Longest side of a preview image, in pixels: low enough that the preview is never the licensable original.</summary>
    [Range(64, 2048)]
    public int PreviewMaxPixels { get; set; } = 640;

    /// <summary>Slowest a training-set upload's body may arrive, in bytes per second, after <see cref="MinImportGraceSeconds"/> (Kestrel's default is 240).</summary>
    [Range(1, 1L << 30)]
    public double MinImportBytesPerSecond { get; set; } = 16 * 1024;

    /// <summary>How long a training-set upload may start slower than <see cref="MinImportBytesPerSecond"/>.</summary>
    [Range(1, 600)]
    public int MinImportGraceSeconds { get; set; } = 10;

    /// <summary>Training-set uploads one operator may have in flight at once on one node; more get 429.</summary>
    [Range(1, 1000)]
    public int ConcurrentImportsPerOperator { get; set; } = 2;
}
