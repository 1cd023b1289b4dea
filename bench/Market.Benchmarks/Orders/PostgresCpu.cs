using System.Globalization;

namespace Market.Benchmarks.Orders;

/// <summary>
/// CPU time of a PostgreSQL server's processes on this machine, read from <c>/proc</c>: the
/// postmaster and every process it has started — backends, checkpointer, WAL writer, autovacuum —
/// including those that have exited since, which the kernel adds to the postmaster's
/// <c>cutime</c>/<c>cstime</c> when it reaps them.
/// </summary>
public static class PostgresCpu
{
    // /proc counts in USER_HZ clock ticks, which are 100 a second on every architecture .NET runs on Linux.
    private const double TicksPerSecond = 100;

    /// <summary>
    /// The postmaster of backend <paramref name="backendPid"/>, or null when /proc cannot say — e.g. the
    /// server runs on another machine or in another PID namespace, where the pid names some other
    /// process or none (both must be named <c>postgres</c>).
    /// </summary>
    public static int? PostmasterOf(int backendPid) =>
        Stat(backendPid) is { Name: "postgres" } backend && Stat((int)backend.Parent) is { Name: "postgres" } ? (int)backend.Parent : null;

    /// <summary>CPU time of <paramref name="postmasterPid"/> and its children so far, or null when /proc cannot say.</summary>
    public static TimeSpan? Total(int postmasterPid)
    {
        if (Stat(postmasterPid) is not { Name: "postgres" } postmaster) return null;
        var ticks = postmaster.Ticks;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) &&
                Stat(pid) is { } child && child.Parent == postmasterPid)
            {
                ticks += child.Ticks;
            }
        }

        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    // The name, parent and utime + stime + cutime + cstime from /proc/<pid>/stat; null if it is gone or unreadable.
    private static (string Name, long Parent, long Ticks)? Stat(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // The command name (field 2) is in parentheses and may itself hold spaces or ')': count from the last one.
        var open = text.IndexOf('(', StringComparison.Ordinal);
        var close = text.LastIndexOf(')');
        var fields = text[(close + 2)..].Split(' ');
        long Field(int number) => long.Parse(fields[number - 3], CultureInfo.InvariantCulture);
        return (text[(open + 1)..close], Field(4), Field(14) + Field(15) + Field(16) + Field(17));
    }
}
