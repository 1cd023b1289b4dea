using Market.Payments.Checkout;
using Market.Payments.Fees;
using Market.Payments.Refunds;
using Market.Payments.Sandbox;
using Market.Payments.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Stripe;

namespace Market.Payments.StripeApi;

/// <summary>Stripe mode's services: one injected <see cref="StripeClient"/>, never the global API key.</summary>
internal static class StripeRegistration
{
    public static void Add(IServiceCollection services, PaymentsOptions options)
    {
        services.TryAddSingleton(_ => CreateClient(options));
        services.AddSingleton<IWebhookSecret>(new ConfiguredWebhookSecret(options.WebhookSecret));
        services.AddSingleton<ICheckoutGateway, StripeCheckoutGateway>();
        services.AddSingleton<IPaymentFeeLookup, StripeFeeLookup>();
        services.AddSingleton<IRefundGateway, StripeRefundGateway>();

        // The sandbox page resolves this too; in Stripe mode it finds no sessions and answers 404.
        services.AddSingleton<ISandboxCheckout, DisabledSandboxCheckout>();
    }

    public static StripeClient CreateClient(PaymentsOptions options)
    {
        var clientOptions = new StripeClientOptions
        {
            ApiKey = options.SecretKey,
            HttpClient = new SystemNetHttpClient(
                new HttpClient { Timeout = TimeSpan.FromSeconds(options.RequestTimeoutSeconds) }, maxNetworkRetries: options.MaxNetworkRetries),
        };
        if (options.ApiBase.Length > 0)
        {
            // Stripe.net appends "/v1/…" to the base itself.
            clientOptions.ApiBase = options.ApiBase.TrimEnd('/');
        }

        return new StripeClient(clientOptions);
    }
}
