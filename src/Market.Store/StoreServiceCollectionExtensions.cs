using JasperFx;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Market.Store;

/// <summary>Registers Marten, Market's one store for documents, events and Orleans' own state.</summary>
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

        services.AddMarten(marten =>
            {
                marten.Connection(options.ConnectionString);
                marten.DatabaseSchemaName = options.Schema;
                marten.AutoCreateSchemaObjects = AutoCreate.All;
            })
            .UseLightweightSessions();
        return services;
    }
}
