using Marten;

namespace Market.Web.Reports;

/// <summary>Registers the reports: a party's earnings, the operator report and the platform transparency report.</summary>
public static class ReportsRegistration
{
    /// <summary>Adds the ledger reads and aggregations the report pages use.</summary>
    public static IServiceCollection AddMarketReports(this IServiceCollection services)
    {
        services.AddSingleton<PartyEarnings>();
        services.AddMemoryCache();
        services.AddSingleton<TransparencyReports>();
        services.ConfigureMarten(o => o.Schema.For<TransparencyFigures>().DocumentAlias("transparency_figures"));
        return services;
    }
}
