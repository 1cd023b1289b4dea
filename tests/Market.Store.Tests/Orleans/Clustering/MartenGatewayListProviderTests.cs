using Market.Store.Orleans.Clustering;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime;

namespace Market.Store.Tests.Orleans.Clustering;

/// <summary>External clients are sent to the gateway ports of active silos only.</summary>
public sealed class MartenGatewayListProviderTests(MartenFixture fixture) : IClassFixture<MartenFixture>
{
    [Fact]
    public async Task Lists_the_gateway_ports_of_active_silos_that_accept_clients()
    {
        var clusterId = $"cluster-{Guid.NewGuid():N}";
        var table = fixture.Store.TableOf(clusterId);
        var active = TestSilos.NewEntry(SiloStatus.Active);
        var noGateway = TestSilos.NewEntry(SiloStatus.Active);
        noGateway.ProxyPort = 0;
        await table.InsertAsync(active);
        await table.InsertAsync(noGateway);
        await table.InsertAsync(TestSilos.NewEntry(SiloStatus.Joining));
        await table.InsertAsync(TestSilos.NewEntry(SiloStatus.Dead));
        var provider = new MartenGatewayListProvider(
            fixture.Store,
            Options.Create(new ClusterOptions { ClusterId = clusterId }),
            Options.Create(new GatewayOptions()));

        var gateways = await provider.GetGatewaysAsync();

        var expected = SiloAddress.New(active.SiloAddress.Endpoint.Address, active.ProxyPort, active.SiloAddress.Generation);
        gateways.ShouldHaveSingleItem().ShouldBe(expected.ToGatewayUri());
    }

    [Fact]
    public async Task A_cluster_without_a_table_has_no_gateways()
    {
        var provider = new MartenGatewayListProvider(
            fixture.Store,
            Options.Create(new ClusterOptions { ClusterId = $"cluster-{Guid.NewGuid():N}" }),
            Options.Create(new GatewayOptions()));

        (await provider.GetGatewaysAsync()).ShouldBeEmpty();
    }
}
