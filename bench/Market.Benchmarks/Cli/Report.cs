using System.Globalization;

namespace Market.Benchmarks.Cli;

/// <summary>
/// The lines infra/bench.sh reads: <c>result &lt;figure&gt; key=value ...</c>, numbers in invariant
/// culture, so the script never has to guess what a comma means.
/// </summary>
public static class Report
{
    /// <summary>Prints one figure's line.</summary>
    public static void Line(string figure, params (string Key, string Value)[] fields)
    {
        Console.WriteLine($"result {figure} {string.Join(' ', fields.Select(f => $"{f.Key}={f.Value}"))}");
        Console.Out.Flush();
    }

    /// <summary><paramref name="value"/> with <paramref name="decimals"/> decimals, invariant.</summary>
    public static string Number(double value, int decimals = 2) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>A whole number, invariant.</summary>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A progress note for the log (standard error), never read by the script.</summary>
    public static void Note(string message) => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");
}
