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
    /// API requests per caller (its key, or its address when it has none): a ceiling against a runaway
    /// client, high enough for bulk importers and the order benchmark.
    /// </summary>
    [Range(1, 10_000_000)]
    public int ApiPerMinute { get; set; } = 60_000;
}
