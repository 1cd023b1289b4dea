using JasperFx;
using Marten;
using Market.Store.Catalog;
using Market.Store.Files;
using Market.Store.Licenses;
using Market.Store.Models.Signing;
using Market.Store.Orders;
using Market.Store.Parties;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Market.Store;

/// <summary>Registers Marten, Market's one store for documents, events, files and Orleans' own state.</summary>
public static class StoreServiceCollectionExtensions
{
    /// <summary>
    /// Adds Marten on <paramref name="options"/>'s database. Schema objects are created on demand
    /// (development and tests); other parts add their document types with <c>ConfigureMarten</c>.
    /// </summary>
    public static IServiceCollection AddMarketStore(this IServiceCollection services, MarketStoreOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new InvalidOperationException($"{MarketStoreOptions.SectionName}:ConnectionString is required.");
        }

        services.AddSingleton(options);
        services.AddSingleton(_ => NpgsqlDataSource.Create(options.ConnectionString));
        services.AddSingleton<FileStore>();
        services.AddPlatformSigning();
        services.AddSingleton<LicenseRegistry>();
        services.AddMarten(marten =>
            {
                // Marten's sessions leave no session state behind (no session locks, no settings), so a
                // pooled connection needs no DISCARD ALL round trip each time it is handed out; whatever
                // takes a session-level advisory lock uses the plain data source above, which still resets.
                marten.Connection(new NpgsqlConnectionStringBuilder(options.ConnectionString) { NoResetOnClose = true }.ConnectionString);
                marten.DatabaseSchemaName = options.Schema;
                marten.AutoCreateSchemaObjects = AutoCreate.All;
                marten.Schema.For<CatalogEntry>()
                    .Index(entry => entry.RegisteredAt)
                    .Index(entry => entry.ArtistId)
                    .Index(entry => entry.FromPriceMinor)
                    .Index(entry => entry.Kind)
                    .FullTextIndex(entry => entry.SearchText);
                marten.Schema.For<ApiKeyRecord>();
                marten.Schema.For<StripeEventRecord>();
                marten.Schema.For<LicenseRecord>().Index(license => license.LicenseeId).Index(license => license.WorkId);
            })
            .UseLightweightSessions();
        return services;
    }
}
