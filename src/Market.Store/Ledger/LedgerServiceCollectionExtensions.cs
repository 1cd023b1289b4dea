using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Market.Store.Ledger;

/// <summary>Registers the ledger on the application's Marten store.</summary>
public static class LedgerServiceCollectionExtensions
{
    /// <summary>
    /// Adds the ledger's event, projection and tables to the Marten store of <c>AddMarketStore</c>
    /// (call that first), and <see cref="LedgerStore"/>, its <see cref="LedgerGroupCommit"/> and <see cref="LedgerInvariants"/>. Safe to call
    /// more than once: Weasel's schema check crashes on a mapping configured twice.
    /// </summary>
    public static IServiceCollection AddMarketLedger(this IServiceCollection services)
    {
        if (services.Any(descriptor => descriptor.ServiceType == typeof(Registered)))
        {
            return services;
        }

        services.AddSingleton<Registered>();
        services.ConfigureMarten(LedgerSchema.Register);
        services.AddSingleton<LedgerStore>();
        services.AddSingleton<LedgerGroupCommit>();
        services.AddSingleton<LedgerInvariants>();
        return services;
    }

    /// <summary>Marks a service collection whose Marten store already knows the ledger.</summary>
    private sealed class Registered;
}
