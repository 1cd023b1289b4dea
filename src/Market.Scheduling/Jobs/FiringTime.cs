using System.Globalization;
using Quartz;

namespace Market.Scheduling.Jobs;

/// <summary>When the firing a job runs for was scheduled, including a firing recovered from a dead node.</summary>
public static class FiringTime
{
    /// <summary>
    /// The scheduled time of the firing <paramref name="context"/> runs. A recovered firing runs on a
    /// recovery trigger whose own scheduled time is when the dead node fired, not when the firing was
    /// due: the original's is in the recovery trigger's data, and it is the one that names the work.
    /// </summary>
    public static DateTimeOffset ScheduledOf(IJobExecutionContext context)
    {
        if (context.Recovering
            && context.Trigger.JobDataMap.GetString(SchedulerConstants.FailedJobOriginalTriggerScheduledFireTime) is { Length: > 0 } original)
        {
            return Parse(original);
        }

        return context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
    }

    // Job stores have written it as Unix milliseconds and as a date-time text; both are read.
    private static DateTimeOffset Parse(string stored) =>
        long.TryParse(stored, NumberStyles.Integer, CultureInfo.InvariantCulture, out var milliseconds)
            ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds)
            : DateTimeOffset.Parse(stored, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUniversalTime();
}
