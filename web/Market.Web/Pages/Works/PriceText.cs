using System.Globalization;
using Market.Domain.Catalog;

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

    /// <summary>
    /// The offers typed in a price-per-tier form (an empty tier is not offered); each price that is not an
    /// amount is reported through <paramref name="error"/> with its tier.
    /// </summary>
    public static List<Offer> ToOffers(IReadOnlyDictionary<string, string?> prices, Action<string, string> error)
    {
        var offers = new List<Offer>();
        foreach (var (tier, text) in prices.Where(p => !string.IsNullOrWhiteSpace(p.Value)))
        {
            if (TryParseMinor(text!, out var minor)) offers.Add(new Offer(tier, minor));
            else error(tier, $"The {tier} price '{text}' is not an amount like 12.00.");
        }

        return offers;
    }

    /// <summary>A price in minor units as the form shows it: "12.00".</summary>
    public static string Show(long minor) => (minor / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}
