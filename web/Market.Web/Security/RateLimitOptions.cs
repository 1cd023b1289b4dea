using System.ComponentModel.DataAnnotations;

namespace Market.Web.Security;

/// <summary>How many requests one client may make, per minute, before getting 429.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Market:RateLimits";

    /// <summary>Sign-in and registration posts per client address (slows password guessing; lockout stops it).</summary>
    [Range(1, 100_000)]
    public int SignInPerMinute { get; set; } = 10;

    /// <summary>API accounts opened per client address (DESIGN section 4: 30).</summary>
    [Range(1, 100_000)]
    public int AccountsPerMinute { get; set; } = 30;

    /// <summary>
    /// API requests per caller (the party of a recognised key, otherwise its address): a ceiling against a runaway
    /// client, high enough for bulk importers and the order benchmark.
    /// </summary>
    [Range(1, 10_000_000)]
    public int ApiPerMinute { get; set; } = 60_000;

    /// <summary>Public report pages (<c>/Reports/…</c>) per client address: each may read a month of the ledger.</summary>
    [Range(1, 100_000)]
    public int ReportsPerMinute { get; set; } = 60;
}
