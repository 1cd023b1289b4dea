using Quartz;

namespace Market.Scheduling;

/// <summary>Checks a setting holds a Quartz cron expression, with a message an operator can act on.</summary>
public static class CronText
{
    /// <summary>Null when <paramref name="cron"/> is a valid Quartz cron expression; otherwise what is wrong.</summary>
    public static string? Problem(string? cron)
    {
        if (string.IsNullOrWhiteSpace(cron))
        {
            return "is empty; write a Quartz cron expression (e.g. \"0 0 6 ? * MON\").";
        }

        try
        {
            return new CronExpression(cron).GetNextValidTimeAfter(DateTimeOffset.UtcNow) is null
                ? $"'{cron}' never fires again; write a schedule with a future time."
                : null;
        }
        catch (FormatException e)
        {
            return $"'{cron}' is not a Quartz cron expression (e.g. \"0 0 6 ? * MON\"): {e.Message}";
        }
    }
}
