using Marten;
using Market.Payments.Checkout;
using Market.Payments.Fees;
using Market.Payments.Refunds;
using Market.Payments.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Market.Payments.Sandbox;

/// <summary>Sandbox mode's services, on the application's Marten store.</summary>
internal static class SandboxRegistration
{
    public static void Add(IServiceCollection services, PaymentsOptions options)
    {
        services.ConfigureMarten(marten =>
        {
            marten.Schema.For<SandboxSessionDocument>()
                .DocumentAlias("sandbox_checkout_session")
                .UniqueIndex(session => session.OrderId);
            marten.Schema.For<SandboxWebhookSecretDocument>().DocumentAlias("sandbox_webhook_secret");
        });

        services.AddSingleton<IWebhookSecret>(provider => options.WebhookSecret.Length > 0
            ? new ConfiguredWebhookSecret(options.WebhookSecret)
            : new StoredWebhookSecret(provider.GetRequiredService<IDocumentStore>(), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton(provider => new SandboxEventEmitter(
            provider.GetRequiredService<IWebhookSecret>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<SandboxEventEmitter>>()));
        services.AddSingleton<SandboxSessions>();
        services.AddSingleton<SandboxWebhookTarget>();
        services.AddSingleton<SandboxDelivery>();
        services.AddSingleton<ISandboxCheckout, SandboxCheckout>();
        services.AddSingleton<ICheckoutGateway, SandboxCheckoutGateway>();
        services.AddSingleton<IPaymentFeeLookup, SandboxFeeLookup>();
        services.AddSingleton<IRefundGateway, SandboxRefundGateway>();
    }
}
