using Marten;
using Market.Store.Orleans.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Providers;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;
using Orleans.Serialization.Serializers;

namespace Market.Store.Orleans;

/// <summary>Registers <see cref="MartenGrainStorage"/> as an Orleans grain storage provider.</summary>
public static class MartenGrainStorageExtensions
{
    /// <summary>
    /// Adds grain storage named <paramref name="name"/> (for <c>[PersistentState("state", name)]</c>) on
    /// the <see cref="IDocumentStore"/> in the silo's services (see <c>AddMarketStore</c>).
    /// </summary>
    public static ISiloBuilder AddMartenGrainStorage(this ISiloBuilder builder, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        builder.Services.AddOrleansDocuments();
        builder.Services.TryAddSingleton<GrainStateRows>();
        builder.Services.AddGrainStorage(name, static (services, _) => new MartenGrainStorage(
            services.GetRequiredService<IDocumentStore>(),
            services.GetRequiredService<IOptions<ClusterOptions>>(),
            services.GetRequiredService<Serializer>(),
            services.GetRequiredService<IActivatorProvider>()));
        return builder;
    }

    /// <summary>Adds Marten grain storage as the provider grains get when they name none.</summary>
    public static ISiloBuilder AddMartenGrainStorageAsDefault(this ISiloBuilder builder) =>
        builder.AddMartenGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME);
}
