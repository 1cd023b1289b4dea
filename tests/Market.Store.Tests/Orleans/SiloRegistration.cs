using Marten;
using Market.Store.Orleans;
using Market.Store.Orleans.Clustering;
using Market.Store.Orleans.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans;
using Orleans.Providers;
using Orleans.Storage;

namespace Market.Store.Tests.Orleans;

/// <summary>The silo extensions register the Marten providers, and the Marten documents only once.</summary>
public sealed class SiloRegistration
{
    [Fact]
    public void Named_and_default_storage_and_clustering_resolve_and_configure_Marten_once()
    {
        var builder = Host.CreateApplicationBuilder();
        // Nothing here connects: the host is built, never started.
        builder.Services.AddMarketStore(new MarketStoreOptions { ConnectionString = "Host=unused" });
        var configurationsBefore = builder.Services.Count(descriptor => descriptor.ServiceType == typeof(IConfigureMarten));

        builder.UseOrleans(silo => silo
            .UseMartenClustering()
            .AddMartenGrainStorage("market")
            .AddMartenGrainStorageAsDefault());
        using var host = builder.Build();

        builder.Services.Count(descriptor => descriptor.ServiceType == typeof(IConfigureMarten))
            .ShouldBe(configurationsBefore + 1);
        host.Services.GetRequiredKeyedService<IGrainStorage>("market").ShouldBeOfType<MartenGrainStorage>();
        host.Services.GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME)
            .ShouldBeOfType<MartenGrainStorage>();
        host.Services.GetRequiredService<IMembershipTable>().ShouldBeOfType<MartenMembershipTable>();
    }
}
