using System.ComponentModel.DataAnnotations;
using Market.Domain.Money;
using Market.Payments.Sandbox;
using Market.Payments.StripeApi;
using Market.Payments.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Market.Payments;

/// <summary>Registers Market's payments, in Stripe or sandbox mode; callers never see the difference.</summary>
public static class PaymentsServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <see cref="PaymentsOptions"/> (section <c>Stripe</c>), throwing on bad settings,
    /// and adds <see cref="Checkout.ICheckoutGateway"/>, <see cref="Fees.IPaymentFeeLookup"/>,
    /// <see cref="Refunds.IRefundGateway"/>, <see cref="StripeWebhook"/> and <see cref="ISandboxCheckout"/>.
    /// Stripe mode also adds the <see cref="Stripe.StripeClient"/>; sandbox mode needs Marten registered
    /// (<c>AddMarketStore</c>) and adds its documents to it. Calling it twice adds nothing more.
    /// In Production (<paramref name="environment"/>) without a secret key, <see cref="PaymentsModeOptions.Mode"/> must say sandbox.
    /// </summary>
    public static IServiceCollection AddMarketPayments(this IServiceCollection services, IConfiguration configuration, IHostEnvironment? environment = null)
    {
        if (services.Any(descriptor => descriptor.ServiceType == typeof(PaymentsOptions)))
        {
            return services;
        }

        var options = configuration.GetSection(PaymentsOptions.SectionName).Get<PaymentsOptions>() ?? new PaymentsOptions();
        var mode = configuration.GetSection(PaymentsModeOptions.SectionName).Get<PaymentsModeOptions>() ?? new PaymentsModeOptions();
        Validate(options, mode, environment?.IsProduction() == true);
        services.AddSingleton(options);
        services.AddSingleton(new SettlementCurrency(options.Currency));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => new StripeWebhook(provider.GetRequiredService<IWebhookSecret>(), options.ConnectWebhookSecret, provider.GetRequiredService<TimeProvider>()));
        if (options.IsSandbox)
        {
            SandboxRegistration.Add(services, options);
        }
        else
        {
            StripeRegistration.Add(services, options);
        }

        return services;
    }

    private static void Validate(PaymentsOptions options, PaymentsModeOptions mode, bool production)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        var problems = results.Select(r => $"{PaymentsOptions.SectionName}:{string.Join(",", r.MemberNames)} {r.ErrorMessage}").Concat(mode.Check(options, production)).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Invalid settings: " + string.Join("; ", problems));
        }
    }
}
