using Marten;
using Market.Domain.Payouts;
using Microsoft.Extensions.DependencyInjection;
using Stripe;

namespace Market.Payments.Payouts;

/// <summary>Registers the payout gateways for the mode <see cref="PaymentsOptions"/> chose.</summary>
public static class PayoutGatewayRegistration
{
    /// <summary>
    /// Adds <see cref="IPayoutGateway"/> and <see cref="IPayoutAccountGateway"/>; needs <c>AddMarketPayments</c>
    /// and Marten registered (sandbox transfers are Marten documents).
    /// </summary>
    public static IServiceCollection AddMarketPayoutGateways(this IServiceCollection services)
    {
        services.ConfigureMarten(marten => marten.Schema.For<SandboxTransferDocument>().DocumentAlias("sandbox_transfer"));
        services.AddSingleton(provider => new ModeGateway(provider.GetRequiredService<PaymentsOptions>().IsSandbox
            ? new SandboxPayoutGateway(provider.GetRequiredService<IDocumentStore>(), provider.GetRequiredService<TimeProvider>())
            : new StripePayoutGateway(provider.GetRequiredService<StripeClient>(), provider.GetRequiredService<PaymentsOptions>())));
        services.AddSingleton(provider => provider.GetRequiredService<ModeGateway>().Transfers);
        services.AddSingleton(provider => provider.GetRequiredService<ModeGateway>().Accounts);
        return services;
    }

    // One instance serves both interfaces; which one depends on settings known only once the container is built.
    private sealed class ModeGateway(IPayoutGateway transfers)
    {
        public IPayoutGateway Transfers { get; } = transfers;

        public IPayoutAccountGateway Accounts { get; } = (IPayoutAccountGateway)transfers;
    }
}
