using System.Diagnostics;

namespace Market.Benchmarks.Cli;

/// <summary>
/// This process's CPU time between laps. On a machine shared with other work the wall clock measures
/// the wait for a core as much as the work; CPU time does not (it counts every thread, the GC's too).
/// </summary>
public sealed class CpuLaps
{
    private TimeSpan _last = Now();

    /// <summary>CPU milliseconds since the previous lap (or the start).</summary>
    public double Lap()
    {
        var now = Now();
        var ms = (now - _last).TotalMilliseconds;
        _last = now;
        return ms;
    }

    private static TimeSpan Now()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }
}
