namespace Market.Web.Demo;

/// <summary>The operator's own admin account (section <c>Market:Admin</c>).</summary>
public sealed class AdminOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Market:Admin";

    /// <summary>API key of the admin party; when set, the party is created at start if missing.</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// Email of the admin: the account registered on the site with it is given the web admin role at
    /// every start (and must sign in with two factors to use admin pages). Unset: no one is made an admin.
    /// </summary>
    public string? Email { get; set; }
}
