using System.Globalization;

namespace Market.Benchmarks.Imports;

/// <summary>A process's resident memory as Linux counts it (<c>/proc/&lt;pid&gt;/status</c>), in MiB.</summary>
public static class ProcessMemory
{
    /// <summary>Resident set now (VmRSS) and its peak (VmHWM).</summary>
    public static (double RssMiB, double PeakMiB) Read(int pid)
    {
        var lines = File.ReadAllLines($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/status");
        return (Field(lines, "VmRSS:"), Field(lines, "VmHWM:"));
    }

    /// <summary>
    /// Starts the peak over from the current resident set (writing 5 to <c>clear_refs</c>), so the
    /// next <see cref="Read"/> gives the peak of what happened since. False when not allowed.
    /// </summary>
    public static bool TryResetPeak(int pid)
    {
        try
        {
            File.WriteAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static double Field(string[] lines, string name)
    {
        var line = lines.First(l => l.StartsWith(name, StringComparison.Ordinal));
        var kib = long.Parse(line[name.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return kib / 1024.0;
    }
}
