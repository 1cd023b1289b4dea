using System.ComponentModel.DataAnnotations;
using Market.Domain.Payouts;

namespace Market.Scheduling;

/// <summary>
/// Payout settings (section <c>Market:Payouts</c>; environment <c>Market__Payouts__HoldDays</c> and so on),
/// validated at start.
/// </summary>
public sealed class PayoutOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Market:Payouts";

    /// <summary>Days a sale's earnings stay pending (default 7).</summary>
    [Range(0, 365)]
    public int HoldDays { get; set; } = PayoutPolicy.Default.HoldDays;

    /// <summary>The smallest payout in minor units (default 1000 = $10.00); smaller balances roll over.</summary>
    [Range(1, 100_000_000)]
    public long MinimumMinor { get; set; } = PayoutPolicy.Default.MinimumMinor;

    /// <summary>When payout runs start, as a Quartz cron expression (default Mondays 06:00 UTC).</summary>
    public string Schedule { get; set; } = "0 0 6 ? * MON";

    /// <summary>The policy these settings describe.</summary>
    public PayoutPolicy ToPolicy() => new(HoldDays, MinimumMinor);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (CronText.Problem(Schedule) is { } problem)
        {
            yield return new ValidationResult(problem, [nameof(Schedule)]);
        }
    }
}
