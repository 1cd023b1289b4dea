using Marten;
using Market.Store.Ledger;
using Microsoft.Extensions.DependencyInjection;

namespace Market.Store.Statements;

/// <summary>Registers the statements' ledger reads and closed-period records on the Marten store.</summary>
public static class StatementsServiceCollectionExtensions
{
    /// <summary>Adds <see cref="StatementLedger"/>, <see cref="ClosedStatements"/> and the <see cref="ClosedStatement"/> document (after <c>AddMarketStore</c>).</summary>
    public static IServiceCollection AddMarketStatementsStore(this IServiceCollection services)
    {
        services.AddMarketLedger();
        services.ConfigureMarten(o => o.Schema.For<ClosedStatement>().DocumentAlias("closed_statement").Index(c => c.PartyId));
        services.AddSingleton<StatementLedger>();
        services.AddSingleton<ClosedStatements>();
        return services;
    }
}
