using Marten;
using Market.Store.Models;
using Market.Store.Models.Signing;

namespace Market.Web.Models;

/// <summary>Model versions, training sets, generated works and their signed provenance.</summary>
public static class ModelServices
{
    /// <summary>Adds the services the model and generation API use, and the training-set tables' set-up.</summary>
    public static IServiceCollection AddMarketModels(this IServiceCollection services)
    {
        services.ConfigureMarten(o => o.Schema.For<ModelListing>().Index(listing => listing.OwnerId));
        services.AddSingleton<TrainingSetTables>();
        services.AddSingleton<CatalogConsentSql>();
        services.AddSingleton<ContributionImporter>();
        services.AddSingleton<TrainingSetQueries>();
        services.AddSingleton<ModelRegistration>();
        services.AddSingleton<AttributionWeighing>();
        services.AddSingleton<GenerationRegistration>();
        services.AddSingleton<ProvenanceManifests>();
        services.AddPlatformSigning();
        services.AddHostedService<TrainingSetSchemaInitializer>();
        return services;
    }
}
