using System.ComponentModel.DataAnnotations;

namespace Market.Hosting;

/// <summary>
/// How a silo joins the Market cluster (section <c>Market:Cluster</c>; the <c>Orleans</c> section
/// belongs to Orleans itself). Silos with the same ClusterId and database form one cluster.
/// </summary>
public sealed class MarketClusterOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Market:Cluster";

    /// <summary>Cluster id: silos sharing it (and the database) form one cluster.</summary>
    [Required]
    public string ClusterId { get; set; } = "market";

    /// <summary>Service id: stable across deployments; part of every grain-state key.</summary>
    [Required]
    public string ServiceId { get; set; } = "market";

    /// <summary>Silo-to-silo port. Every silo on one machine needs its own.</summary>
    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    /// <summary>Client gateway port. Every silo on one machine needs its own.</summary>
    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;

    /// <summary>The address other silos reach this one at.</summary>
    [Required]
    public string AdvertisedAddress { get; set; } = "127.0.0.1";

    /// <summary>Seconds between membership probes; tests tune failure detection down.</summary>
    [Range(1, 60)]
    public int ProbeTimeoutSeconds { get; set; } = 5;
}
