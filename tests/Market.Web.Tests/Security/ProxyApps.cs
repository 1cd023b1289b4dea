namespace Market.Web.Tests.Security;

/// <summary>
/// Market with its production cookie settings behind a TLS proxy, twice: once trusting the address the
/// tests connect from (127.0.0.1) as its proxy, once trusting only another address.
/// </summary>
public sealed class ProxyApps : IAsyncLifetime
{
    /// <summary>Lists 127.0.0.1 as a known proxy.</summary>
    public MarketApp BehindKnownProxy { get; } = new(new Dictionary<string, string>
    {
        ["Market:Cookies:Secure"] = "true",
        ["Market:Proxy:KnownProxies"] = "127.0.0.1",
    });

    /// <summary>Trusts only a network the tests never connect from.</summary>
    public MarketApp BehindOtherProxy { get; } = new(new Dictionary<string, string>
    {
        ["Market:Cookies:Secure"] = "true",
        ["Market:Proxy:KnownNetworks:0"] = "10.20.30.0/24",
    });

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        await BehindKnownProxy.InitializeAsync();
        await BehindOtherProxy.InitializeAsync();
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        await BehindKnownProxy.DisposeAsync();
        await BehindOtherProxy.DisposeAsync();
    }
}
