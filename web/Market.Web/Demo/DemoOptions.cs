namespace Market.Web.Demo;

/// <summary>Demo data (section <c>Market:Demo</c>); <c>infra/run.sh</c> turns it on unless given <c>--no-seed</c>.</summary>
public sealed class DemoOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Market:Demo";

    /// <summary>Seed the demo catalog on start (idempotent).</summary>
    public bool Seed { get; set; }
}
