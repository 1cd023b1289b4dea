using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Stripe;

namespace Market.Payments.Reconciliation;

/// <summary>Registers the <see cref="IBalanceActivitySource"/> of the mode <see cref="PaymentsOptions"/> chose.</summary>
public static class BalanceActivityRegistration
{
    /// <summary>Adds it; needs <c>AddMarketPayments</c> and <c>AddMarketPayoutGateways</c> (sandbox transfers are read back).</summary>
    public static IServiceCollection AddMarketBalanceActivity(this IServiceCollection services)
    {
        services.TryAddSingleton<IBalanceActivitySource>(provider => provider.GetRequiredService<PaymentsOptions>().IsSandbox
            ? new SandboxBalanceActivity(provider.GetRequiredService<IDocumentStore>())
            : new StripeBalanceActivity(provider.GetRequiredService<StripeClient>()));
        return services;
    }
}
