using Market.Store.Statements;
using Microsoft.Extensions.DependencyInjection;

namespace Market.Grains.Statements;

/// <summary>Registers monthly statements: ledger reads, closed-period records, building and rendering.</summary>
public static class StatementsRegistration
{
    /// <summary>Adds what the statements API and dashboard pages use.</summary>
    public static IServiceCollection AddMarketStatements(this IServiceCollection services)
    {
        services.AddMarketStatementsStore();
        services.AddSingleton<NodeNames>();
        services.AddSingleton<StatementBuilder>();
        services.AddSingleton<StatementDocuments>();
        return services;
    }
}
