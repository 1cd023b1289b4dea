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

    /// <summary>Seconds a party's rate-limited transfer waits before its first retry (default 60); each further limit doubles the wait.</summary>
    [Range(1, 86_400)]
    public int RateLimitFirstRetrySeconds { get; set; } = (int)PayoutRetryPolicy.Default.FirstDelay.TotalSeconds;

    /// <summary>The longest wait between a rate-limited party's retries, in seconds (default 3600).</summary>
    [Range(1, 86_400)]
    public int RateLimitLongestRetrySeconds { get; set; } = (int)PayoutRetryPolicy.Default.LongestDelay.TotalSeconds;

    /// <summary>Rate-limited attempts before a run gives up on a party and releases its payout for a later run (default 8).</summary>
    [Range(1, 100)]
    public int RateLimitMaxAttempts { get; set; } = PayoutRetryPolicy.Default.MaxAttempts;

    /// <summary>When the scheduler looks for runs whose waiting parties are due again, as a Quartz cron expression (default every minute).</summary>
    public string ResumeSchedule { get; set; } = "0 * * * * ?";

    /// <summary>The policy these settings describe.</summary>
    public PayoutPolicy ToPolicy() => new(HoldDays, MinimumMinor);

    /// <summary>The rate-limit retry policy these settings describe.</summary>
    public PayoutRetryPolicy ToRetryPolicy() =>
        new(TimeSpan.FromSeconds(RateLimitFirstRetrySeconds), TimeSpan.FromSeconds(RateLimitLongestRetrySeconds), RateLimitMaxAttempts);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (CronText.Problem(Schedule) is { } problem)
        {
            yield return new ValidationResult(problem, [nameof(Schedule)]);
        }

        if (CronText.Problem(ResumeSchedule) is { } resumeProblem)
        {
            yield return new ValidationResult(resumeProblem, [nameof(ResumeSchedule)]);
        }

        if (RateLimitLongestRetrySeconds < RateLimitFirstRetrySeconds)
        {
            yield return new ValidationResult(
                $"The longest retry wait ({RateLimitLongestRetrySeconds} s) is shorter than the first ({RateLimitFirstRetrySeconds} s).",
                [nameof(RateLimitLongestRetrySeconds)]);
        }
    }
}
