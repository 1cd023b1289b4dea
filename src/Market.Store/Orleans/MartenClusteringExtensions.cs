using Market.Store.Orleans.Clustering;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Hosting;
using Orleans.Messaging;

namespace Market.Store.Orleans;

/// <summary>
/// Orleans clustering on Marten: silos keep the membership table in the Marten store, clients find the
/// gateways there. Both need the <c>IDocumentStore</c> of <c>AddMarketStore</c> in their services and
/// take the cluster id from <c>ClusterOptions</c>.
/// </summary>
public static class MartenClusteringExtensions
{
    /// <summary>Keeps this silo's membership table in Marten.</summary>
    public static ISiloBuilder UseMartenClustering(this ISiloBuilder builder)
    {
        builder.Services.AddOrleansDocuments();
        builder.Services.AddSingleton<IMembershipTable, MartenMembershipTable>();
        return builder;
    }

    /// <summary>Lets this external client find the cluster's gateways in Marten.</summary>
    public static IClientBuilder UseMartenClustering(this IClientBuilder builder)
    {
        builder.Services.AddOrleansDocuments();
        builder.Services.AddSingleton<IGatewayListProvider, MartenGatewayListProvider>();
        return builder;
    }
}
