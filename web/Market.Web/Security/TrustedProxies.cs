using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Market.Web.Security;

/// <summary>Believes <c>X-Forwarded-Proto</c> and <c>X-Forwarded-For</c> from the configured proxies only.</summary>
public static class TrustedProxies
{
    /// <summary>Reads <see cref="ProxyOptions"/> into <see cref="ForwardedHeadersOptions"/>; a bad address fails the start, naming the setting.</summary>
    public static IServiceCollection AddMarketForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ProxyOptions.SectionName);
        var proxy = new ProxyOptions
        {
            KnownProxies = List(section.GetSection(nameof(ProxyOptions.KnownProxies))),
            KnownNetworks = List(section.GetSection(nameof(ProxyOptions.KnownNetworks))),
        };
        var proxies = proxy.KnownProxies.Select(p => IPAddress.TryParse(p, out var address)
            ? address : throw new InvalidOperationException($"Market:Proxy:KnownProxies: '{p}' is not an IP address."));
        var networks = proxy.KnownNetworks.Select(n => System.Net.IPNetwork.TryParse(n, out var network)
            ? network : throw new InvalidOperationException($"Market:Proxy:KnownNetworks: '{n}' is not a network like 10.0.0.0/24."));
        var (knownProxies, knownNetworks) = (proxies.ToList(), networks.ToList());
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

            // The framework trusts loopback by default; here only what the deployer lists is trusted,
            // so a request from anywhere else cannot claim HTTPS or another client address.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var address in knownProxies) o.KnownProxies.Add(address);
            foreach (var network in knownNetworks) o.KnownIPNetworks.Add(network);
        });
        return services;
    }

    // Either a list (KnownProxies__0, __1, ...) or one comma-separated value: the binder would silently
    // ignore the latter, leaving the deployer's proxy untrusted without a word.
    private static string[] List(IConfigurationSection section) =>
    [
        .. (section.Value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        .. section.GetChildren().SelectMany(c => (c.Value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)),
    ];
}
