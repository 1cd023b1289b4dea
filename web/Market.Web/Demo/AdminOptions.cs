namespace Market.Web.Demo;

/// <summary>The operator's own admin account (section <c>Market:Admin</c>).</summary>
public sealed class AdminOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Market:Admin";

    /// <summary>API key of the admin party; when set, the party is created at start if missing.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Email of the admin party.</summary>
    public string Email { get; set; } = "admin@market.local";
}
