using System.ComponentModel.DataAnnotations;
using Market.Domain.Royalties;

namespace Market.Hosting;

/// <summary>Platform-wide royalty settings (section <c>Market:Royalties</c>), each in ppm.</summary>
public sealed class RoyaltyOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Market:Royalties";

    /// <summary>The platform's commission on every sale's net (default 150,000 = 15 %).</summary>
    [Range(0, 1_000_000)]
    public long PlatformPpm { get; set; } = RoyaltyPolicy.Default.PlatformPpm;

    /// <summary>The most a work's ancestry may take of it (default 500,000).</summary>
    [Range(0, 1_000_000)]
    public long StackCapPpm { get; set; } = RoyaltyPolicy.Default.StackCapPpm;

    /// <summary>The least a model's output terms may give its contributor pool (default 200,000).</summary>
    [Range(0, 1_000_000)]
    public long FairPoolFloorPpm { get; set; } = RoyaltyPolicy.Default.FairPoolFloorPpm;

    /// <summary>The policy these settings describe.</summary>
    public RoyaltyPolicy ToPolicy() => new() { PlatformPpm = PlatformPpm, StackCapPpm = StackCapPpm, FairPoolFloorPpm = FairPoolFloorPpm };
}
