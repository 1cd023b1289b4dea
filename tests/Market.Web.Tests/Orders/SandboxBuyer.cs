using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Market.Web.Tests.Orders;

/// <summary>Drives a purchase over HTTP only: place the order by API, pay on the sandbox checkout page.</summary>
public static partial class SandboxBuyer
{
    /// <summary>Places an order for the items and returns its id and checkout URL.</summary>
    public static async Task<(string OrderId, string CheckoutUrl, long AmountMinor)> OrderAsync(HttpClient buyer, params (string WorkId, string Tier)[] items)
    {
        var response = await buyer.PostAsJsonAsync("/api/v1/orders", new { items = items.Select(i => new { workId = i.WorkId, tier = i.Tier }) });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("orderId").GetString()!, body.GetProperty("checkoutUrl").GetString()!, body.GetProperty("amountMinor").GetInt64());
    }

    /// <summary>Buys one license and pays for it in the sandbox; returns the order id.</summary>
    public static async Task<string> BuyAsync(MarketApp app, HttpClient buyer, string workId, string tier)
    {
        var (orderId, checkoutUrl, _) = await OrderAsync(buyer, (workId, tier));
        await PayAsync(app, checkoutUrl);
        return orderId;
    }

    /// <summary>Opens the sandbox checkout page and presses Pay (<paramref name="clicks"/> times, as an impatient person would); returns where it sent them.</summary>
    public static async Task<Uri> PayAsync(MarketApp app, string checkoutUrl, int clicks = 1)
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var browser = new HttpClient(handler) { BaseAddress = app.BaseAddress };
        var page = await browser.GetStringAsync(checkoutUrl);
        var token = FormTokens.From(page);
        token.ShouldNotBeEmpty("the checkout page has no antiforgery token");
        var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = token };
        var presses = Enumerable.Range(0, clicks).Select(_ => browser.PostAsync($"{new Uri(checkoutUrl).AbsolutePath}?handler=Pay", new FormUrlEncodedContent(form)));
        var answers = await Task.WhenAll(presses);
        foreach (var paid in answers) paid.StatusCode.ShouldBe(HttpStatusCode.Redirect, await paid.Content.ReadAsStringAsync());
        return answers[0].Headers.Location!;
    }

}
