using Market.Payments.Sandbox;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Market.Web.Hosting;

/// <summary>
/// This node's site as its server listens (<c>--urls</c>, <c>ASPNETCORE_URLS</c>): the first http(s)
/// address, with a wildcard host (<c>0.0.0.0</c>, <c>[::]</c>, <c>+</c>, <c>*</c>) read as loopback,
/// since the node is reaching itself. Known once the server has started.
/// </summary>
public sealed class ServerLocalSite(IServer server) : ILocalSite
{
    /// <inheritdoc />
    public Uri? Origin =>
        server.Features.Get<IServerAddressesFeature>()?.Addresses
            .Select(address => address.Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal))
            .Select(address => Uri.TryCreate(address, UriKind.Absolute, out var uri) ? uri : null)
            .FirstOrDefault(uri => uri is not null && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)) is { } listening
            ? new UriBuilder(listening) { Host = Loopback(listening.Host), Path = "/" }.Uri
            : null;

    private static string Loopback(string host) => host switch
    {
        "0.0.0.0" => "127.0.0.1",
        "[::]" => "[::1]",
        _ => host,
    };
}
