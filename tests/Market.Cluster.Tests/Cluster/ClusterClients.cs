using Market.Store;
using Market.Store.Orleans;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace Market.Cluster.Tests.Cluster;

/// <summary>An external Orleans client that finds the gateways in the Marten membership table, as the web host would.</summary>
public static class ClusterClients
{
    /// <summary>Starts a client of <paramref name="clusterId"/>; the returned host owns it.</summary>
    public static async Task<IHost> ConnectAsync(string connectionString, string clusterId, string serviceId, TimeSpan timeout)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddMarketStore(new MarketStoreOptions { ConnectionString = connectionString });
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (clusterId, serviceId));
            // A call to a silo that just died fails (and is retried by the test) instead of hanging 30 s.
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(5));
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(1));
            client.UseMartenClustering();
        });

        var host = builder.Build();
        try
        {
            using var cancel = new CancellationTokenSource(timeout);
            await host.StartAsync(cancel.Token);
            return host;
        }
        catch
        {
            await ((IAsyncDisposable)host).DisposeAsync();
            throw;
        }
    }
}
