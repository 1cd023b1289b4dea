using System.ComponentModel.DataAnnotations;
using Marten;
using Market.Grains.Payouts;
using Market.Grains.Statements;
using Market.Payments;
using Market.Payments.Payouts;
using Market.Payments.Reconciliation;
using Market.Scheduling.History;
using Market.Scheduling.Jobs;
using Market.Scheduling.Reconciliation;
using Market.Store;
using Market.Store.Models;
using Market.Store.Payouts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Market.Scheduling;

/// <summary>Money work that runs on a schedule: maturing holds, pool settlement, payout runs, statements, reconciliation.</summary>
public static class SchedulingHostingExtensions
{
    /// <summary>
    /// Binds and validates <see cref="PayoutOptions"/> and <see cref="ScheduleOptions"/> (throwing on bad
    /// settings, naming them), adds the services the jobs call, and the clustered Quartz scheduler
    /// (<see cref="MarketScheduler"/>). Payments are added here too, so a headless silo can run payouts;
    /// the call is idempotent, so the web host adding them again is fine.
    /// </summary>
    public static IHostApplicationBuilder AddMarketScheduling(this IHostApplicationBuilder builder)
    {
        var payouts = Bind<PayoutOptions>(builder.Configuration, PayoutOptions.SectionName);
        var schedules = Bind<ScheduleOptions>(builder.Configuration, ScheduleOptions.SectionName);
        var store = builder.Configuration.GetSection(MarketStoreOptions.SectionName).Get<MarketStoreOptions>() ?? new();
        var services = builder.Services;
        services.AddSingleton(payouts);
        services.AddSingleton(payouts.ToPolicy());
        services.AddSingleton(payouts.ToRetryPolicy());
        PayoutRunRetries.Register(services);
        services.AddSingleton(schedules);
        services.AddSingleton<PartyHolds>();
        services.TryAddSingleton<IPayoutRunInterruptions, NoPayoutRunInterruptions>();
        services.TryAddKeyedSingleton(PayoutRunGrain.ClockKey, (provider, _) => provider.GetRequiredService<TimeProvider>());
        services.AddMarketPayments(builder.Configuration, builder.Environment);
        services.AddMarketPayoutGateways();
        services.AddMarketBalanceActivity();
        services.AddMarketStatements();
        services.TryAddSingleton<TrainingSetTables>();
        services.AddSingleton<PoolSettlements>();
        services.AddSingleton<Reconciler>();
        services.AddSingleton<JobRuns>();
        services.ConfigureMarten(o =>
        {
            o.Schema.For<JobRun>().DocumentAlias("job_run").Index(r => r.Job);
            o.Schema.For<ReconciliationReport>().DocumentAlias("reconciliation_report");
        });
        var jobs = new MarketJobs(schedules, payouts);
        services.AddSingleton(jobs);
        MarketScheduler.Add(services, jobs, schedules, store.ConnectionString);
        return builder;
    }

    private static T Bind<T>(IConfiguration configuration, string section)
        where T : new()
    {
        var options = configuration.GetSection(section).Get<T>() ?? new();
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            var problems = results.Select(r => $"{section}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}");
            throw new InvalidOperationException("Invalid settings: " + string.Join("; ", problems));
        }

        return options;
    }
}
