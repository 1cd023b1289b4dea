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
}
