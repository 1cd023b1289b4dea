using Market.Web.Demo;

namespace Market.Web.Tests.Api;

/// <summary>Bodies for <c>POST /api/v1/works</c>, valid unless a test changes them.</summary>
public static class WorkRequests
{
    /// <summary>A small real PNG.</summary>
    public static readonly byte[] Png = DemoPictures.Draw(3, 96, 64);

    /// <summary>A valid body that also offers the derivative tier, so others may buy the right to derive from it.</summary>
    public static Dictionary<string, object?> Derivable(string title) => WithOffers(Valid(title), ("personal", 2000), ("derivative", 10000));

    /// <summary>The body with these offers instead.</summary>
    public static Dictionary<string, object?> WithOffers(Dictionary<string, object?> body, params (string Tier, long PriceMinor)[] offers)
    {
        body["offers"] = offers.Select(o => new { tier = o.Tier, priceMinor = o.PriceMinor }).ToArray();
        return body;
    }

    /// <summary>A valid body as a mutable dictionary, so tests can break one field at a time.</summary>
    public static Dictionary<string, object?> Valid(string title = "Red Dunes") => new()
    {
        ["title"] = title,
        ["description"] = "Late light over the dunes.",
        ["kind"] = "photo",
        ["tags"] = new[] { "desert", "Dunes" },
        ["offers"] = new object[] { new { tier = "personal", priceMinor = 2000 }, new { tier = "standard", priceMinor = 6000 } },
        ["consent"] = new { generativeTraining = "allowed", nonGenerativeTraining = "notAllowed", dataMining = "notAllowed" },
        ["parents"] = Array.Empty<object>(),
        ["file"] = new { name = "dunes.png", contentBase64 = Convert.ToBase64String(Png) },
    };
}
