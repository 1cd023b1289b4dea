using System.Net;
using Market.Grains;
using Market.Hosting.Telemetry;
using Market.Grains.Orders;
using Market.Grains.Royalties;
using Market.Scheduling;
using Market.Store;
using Market.Store.Ledger;
using Market.Store.Models.Signing;
using Market.Store.Orders;
using Market.Store.Orleans;
using Market.Store.Secrets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace Market.Hosting;

/// <summary>The one silo set-up, shared by the web host (co-hosted silo) and the headless silo.</summary>
public static class SiloHostingExtensions
{
    /// <summary>
    /// Adds Market's store and an Orleans silo on it: Marten membership and grain storage, ports
    /// and ids from <see cref="MarketClusterOptions"/>, and the <c>/health</c> checks.
    /// </summary>
    public static IHostApplicationBuilder AddMarketSilo(this IHostApplicationBuilder builder)
    {
        var cluster = builder.Configuration.GetSection(MarketClusterOptions.SectionName).Get<MarketClusterOptions>() ?? new();
        var store = builder.Configuration.GetSection(MarketStoreOptions.SectionName).Get<MarketStoreOptions>() ?? new();
        var royalties = builder.Configuration.GetSection(RoyaltyOptions.SectionName).Get<RoyaltyOptions>() ?? new();
        var telemetry = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new();
        var secrets = builder.Configuration.GetSection(SecretsOptions.SectionName).Get<SecretsOptions>() ?? new();
        OptionsGuard.Validate(cluster, MarketClusterOptions.SectionName);
        OptionsGuard.Validate(royalties, RoyaltyOptions.SectionName);

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(cluster);
        builder.Services.AddSingleton(royalties.ToPolicy());
        builder.Services.AddSingleton<RoyaltyGraphLoader>();
        builder.Services.AddSingleton(secrets);   // the key-encryption key is made from them, and so checked, by the schema initializer at start
        builder.Services.AddMarketStore(store);
        builder.Services.AddMarketLedger();
        builder.Services.AddPlatformSigning();
        builder.Services.AddSingleton<OrderFulfilment>();
        builder.Services.AddSingleton<FulfilmentCommit>();
        builder.Services.AddSingleton<HandledEvents>();
        builder.Services.AddHostedService<StoreSchemaInitializer>();
        builder.AddMarketScheduling();
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (cluster.ClusterId, cluster.ServiceId));
            silo.ConfigureEndpoints(IPAddress.Parse(cluster.AdvertisedAddress), cluster.SiloPort, cluster.GatewayPort, listenOnAnyHostAddress: false);
            silo.Configure<ClusterMembershipOptions>(o => o.ProbeTimeout = TimeSpan.FromSeconds(cluster.ProbeTimeoutSeconds));
            silo.UseMartenClustering();
            silo.AddMartenGrainStorage(GrainStorage.Name);
            silo.AddActivityPropagation();   // traces follow calls from grain to grain and silo to silo
            if (telemetry.Dashboard) silo.AddDashboard();
        });
        builder.AddMarketTelemetry(builder.Environment.ApplicationName);
        builder.Services.AddHealthChecks()
            .AddCheck<SiloJoinedHealthCheck>("silo")
            .AddCheck<PostgresHealthCheck>("postgres");
        return builder;
    }
}
