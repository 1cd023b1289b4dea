using System.ComponentModel.DataAnnotations;

namespace Market.Scheduling;

/// <summary>
/// When the scheduled money work runs (section <c>Market:Schedules</c>; environment
/// <c>Market__Schedules__MatureHolds</c> and so on), as Quartz cron expressions in UTC. The payout
/// run's schedule is <see cref="PayoutOptions.Schedule"/>. Validated at start.
/// </summary>
public sealed class ScheduleOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Market:Schedules";

    /// <summary>False leaves every job without a schedule: it runs only when an admin asks ("run now").</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Moving matured earnings from pending to available (default hourly, at five past).</summary>
    public string MatureHolds { get; set; } = "0 5 * * * ?";

    /// <summary>Settling pool floors to their contributions (default daily at 00:15).</summary>
    public string SettlePools { get; set; } = "0 15 0 * * ?";

    /// <summary>Closing the previous month's statements (default the 1st of each month at 02:00).</summary>
    public string CloseStatements { get; set; } = "0 0 2 1 * ?";

    /// <summary>Reconciling platform cash with Stripe (default daily at 03:00).</summary>
    public string Reconcile { get; set; } = "0 0 3 * * ?";

    /// <summary>How many days, ending today, each reconciliation run reports on (default 3, so late movements are caught).</summary>
    [Range(1, 31)]
    public int ReconcileDays { get; set; } = 3;

    /// <summary>How long an idle scheduler waits before looking for due triggers again; short, so a failed node's work is taken over at once.</summary>
    [Range(1, 60)]
    public int IdleWaitSeconds { get; set; } = 2;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, cron) in Crons())
        {
            if (CronText.Problem(cron) is { } problem)
            {
                yield return new ValidationResult(problem, [name]);
            }
        }
    }

    private IEnumerable<(string Name, string Cron)> Crons() =>
        [(nameof(MatureHolds), MatureHolds), (nameof(SettlePools), SettlePools), (nameof(CloseStatements), CloseStatements), (nameof(Reconcile), Reconcile)];
}
