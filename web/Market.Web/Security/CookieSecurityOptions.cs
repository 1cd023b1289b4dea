namespace Market.Web.Security;

/// <summary>How Market's cookies are sent (section <c>Market:Cookies</c>).</summary>
public sealed class CookieSecurityOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Market:Cookies";

    /// <summary>
    /// True (the default, for a site served over HTTPS, directly or behind a proxy listed in
    /// <see cref="ProxyOptions"/>): every cookie is <c>Secure</c> and named with the <c>__Host-</c> prefix,
    /// so browsers never send it over plain HTTP nor let a sibling subdomain set it. False only for a
    /// site served over plain HTTP (local runs, tests): browsers refuse secure cookies there, and no one
    /// could sign in; cookies then carry <c>Secure</c> only on HTTPS requests.
    /// </summary>
    public bool Secure { get; set; } = true;
}
