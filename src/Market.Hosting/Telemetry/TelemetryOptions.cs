using System.ComponentModel.DataAnnotations;

namespace Market.Hosting.Telemetry;

/// <summary>
/// Where traces and metrics go (section <c>Market:Telemetry</c>). By default metrics are written to
/// the console once every <see cref="ConsoleMetricsIntervalSeconds"/> and traces are not collected
/// at all (one line group per request and grain call would drown the logs, and collecting them for no
/// one costs CPU); OTLP gets both when an endpoint is set here or in the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, and <c>all</c> writes traces to the console too.
/// </summary>
public sealed class TelemetryOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Market:Telemetry";

    /// <summary>What the console exporter gets: <c>metrics</c> (default), <c>all</c> (traces too) or <c>none</c>.</summary>
    [RegularExpression("^(metrics|all|none)$", ErrorMessage = "Write metrics, all or none.")]
    public string Console { get; set; } = "metrics";

    /// <summary>Seconds between console metric dumps.</summary>
    [Range(1, 86_400)]
    public int ConsoleMetricsIntervalSeconds { get; set; } = 60;

    /// <summary>An OTLP collector (e.g. <c>http://collector:4317</c>); unset: OTEL_EXPORTER_OTLP_ENDPOINT, or no OTLP.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>Whether silos collect the Orleans dashboard's grain statistics (the dashboard is served under /admin/orleans).</summary>
    public bool Dashboard { get; set; } = true;
}
