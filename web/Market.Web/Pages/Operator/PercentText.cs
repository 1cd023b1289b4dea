using System.Globalization;

namespace Market.Web.Pages.Operator;

/// <summary>Reads a share typed as a percentage ("40", "12.5 %") into exact ppm: 1 % is 10,000 ppm, so four decimals at most.</summary>
public static class PercentText
{
    /// <summary>True when <paramref name="text"/> is a percentage from 0 to 100 with at most four decimals.</summary>
    public static bool TryParsePpm(string text, out long ppm)
    {
        ppm = 0;
        var cleaned = text.Trim().TrimEnd('%').Trim();
        if (!decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent)) return false;
        var parts = percent * 10_000m;
        if (parts != decimal.Truncate(parts) || parts > 1_000_000m) return false;
        ppm = (long)parts;
        return true;
    }

    /// <summary>Ppm as a percentage, exact ("12.5 %").</summary>
    public static string Format(long ppm) =>
        string.Create(CultureInfo.InvariantCulture, $"{ppm / 10_000m:0.####} %");
}
