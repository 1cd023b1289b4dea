using Marten;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Messaging;
using Orleans.Runtime;

namespace Market.Store.Orleans.Clustering;

/// <summary>
/// Tells external clients where the gateways are: the active silos in the cluster's
/// <see cref="MembershipDocument"/> that accept clients.
/// </summary>
public sealed class MartenGatewayListProvider(
    IDocumentStore store,
    IOptions<ClusterOptions> cluster,
    IOptions<GatewayOptions> gateway) : IGatewayListProvider
{
    private readonly MembershipDocuments _documents = new(store);

    /// <inheritdoc />
    public TimeSpan MaxStaleness => gateway.Value.GatewayListRefreshPeriod;

    /// <inheritdoc />
    [Obsolete("Orleans considers every provider updatable.")]
    public bool IsUpdatable => true;

    /// <inheritdoc />
    public Task InitializeGatewayListProviderAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task<IList<Uri>> GetGatewaysAsync(CancellationToken cancellationToken = default)
    {
        var document = await _documents.ReadAsync(cluster.Value.ClusterId, cancellationToken);
        return document.Rows
            .Where(row => row.Status == SiloStatus.Active && row.ProxyPort != 0)
            .Select(row => GatewayUri(SiloAddress.FromParsableString(row.SiloAddress), row.ProxyPort))
            .ToList();
    }

    /// <inheritdoc />
    public Task InitializeGatewayListProvider() => InitializeGatewayListProviderAsync();

    /// <inheritdoc />
    public Task<IList<Uri>> GetGateways() => GetGatewaysAsync();

    // Clients connect to the gateway (proxy) port, not to the silo-to-silo port in the address.
    private static Uri GatewayUri(SiloAddress silo, int proxyPort) =>
        SiloAddress.New(silo.Endpoint.Address, proxyPort, silo.Generation).ToGatewayUri();
}
