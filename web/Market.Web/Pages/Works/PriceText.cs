using System.Globalization;

namespace Market.Web.Pages.Works;

/// <summary>Reads a price typed as "12", "12.5" or "12.50" into minor units, exactly (decimal, never double).</summary>
public static class PriceText
{
    /// <summary>True when <paramref name="text"/> is a non-negative amount with at most two decimals.</summary>
    public static bool TryParseMinor(string text, out long minor)
    {
        minor = 0;
        var cleaned = text.Trim().TrimStart('$');
        if (!decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)) return false;
        var cents = amount * 100;
        if (cents != decimal.Truncate(cents) || cents > long.MaxValue) return false;
        minor = (long)cents;
        return true;
    }
}
