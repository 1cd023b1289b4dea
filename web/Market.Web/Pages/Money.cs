using System.Globalization;

namespace Market.Web.Pages;

/// <summary>Shows amounts in the settlement currency (USD by default) without ever using floating point.</summary>
public static class Money
{
    /// <summary>Minor units as "$12.34".</summary>
    public static string Format(long minor)
    {
        var sign = minor < 0 ? "-" : "";
        var abs = Math.Abs(minor);
        return string.Create(CultureInfo.InvariantCulture, $"{sign}${abs / 100:N0}.{abs % 100:00}");
    }

    /// <summary>Micros as dollars, exact: cents always shown, further digits only when there are any ("$4.8756").</summary>
    public static string FormatMicros(long micros)
    {
        var sign = micros < 0 ? "-" : "";
        var abs = Math.Abs(micros);
        var fraction = (abs % 1_000_000).ToString("D6", CultureInfo.InvariantCulture).TrimEnd('0').PadRight(2, '0');
        return string.Create(CultureInfo.InvariantCulture, $"{sign}${abs / 1_000_000:N0}.{fraction}");
    }

    /// <summary>A part of a whole as a percentage with one decimal, for chart labels.</summary>
    public static string Percent(long part, long whole) =>
        whole == 0 ? "0 %" : string.Create(CultureInfo.InvariantCulture, $"{(decimal)part * 100 / whole:0.0} %");
}
