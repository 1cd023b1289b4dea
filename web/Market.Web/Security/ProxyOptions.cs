namespace Market.Web.Security;

/// <summary>
/// The TLS-terminating proxies in front of Market (section <c>Market:Proxy</c>). Only a request
/// that arrives from one of them may say, through <c>X-Forwarded-Proto</c> and <c>X-Forwarded-For</c>,
/// that the browser used HTTPS and where it connected from; anyone else saying so is ignored.
/// Each list is given as <c>Market__Proxy__KnownProxies__0</c>, <c>__1</c>… or as one comma-separated value.
/// </summary>
public sealed class ProxyOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Market:Proxy";

    /// <summary>Addresses of trusted proxies, e.g. <c>10.0.0.5</c>. Empty (with no networks): forwarded headers are ignored.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation, e.g. <c>10.0.0.0/24</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];
}
