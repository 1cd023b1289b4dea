using System.ComponentModel.DataAnnotations;
using Market.Grains.Payouts;
using Market.Payments;
using Market.Payments.Payouts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Market.Scheduling;

/// <summary>Money work that runs on a schedule: maturing holds and payout runs.</summary>
public static class SchedulingHostingExtensions
{
    /// <summary>
    /// Binds and validates <see cref="PayoutOptions"/> (throwing on bad settings), and adds the payout
    /// policy, <see cref="PartyHolds"/> and the payout gateways. Payments are added here too, so a
    /// headless silo can run payouts; the call is idempotent, so the web host adding them again is fine.
    /// </summary>
    public static IHostApplicationBuilder AddMarketScheduling(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(PayoutOptions.SectionName).Get<PayoutOptions>() ?? new();
        Validate(options);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(options.ToPolicy());
        builder.Services.AddSingleton<PartyHolds>();
        builder.Services.TryAddSingleton<IPayoutRunInterruptions, NoPayoutRunInterruptions>();
        builder.Services.TryAddKeyedSingleton(PayoutRunGrain.ClockKey, (provider, _) => provider.GetRequiredService<TimeProvider>());
        builder.Services.AddMarketPayments(builder.Configuration);
        builder.Services.AddMarketPayoutGateways();
        return builder;
    }

    private static void Validate(PayoutOptions options)
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            var problems = results.Select(r => $"{PayoutOptions.SectionName}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}");
            throw new InvalidOperationException("Invalid settings: " + string.Join("; ", problems));
        }
    }
}
