using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Market.Web.Tests.Api;

namespace Market.Web.Tests.Orders;

public sealed class PriceChangeTests(MarketApp app) : IClassFixture<MarketApp>
{
    [Fact]
    public async Task AnOrderPlacedBeforeAPriceChangeIsChargedAndSplitAtTheOldPriceAndANewOneAtTheNew()
    {
        var (artistId, artistKey) = await app.CreateAccountAsync("artist");
        var (_, earlyKey) = await app.CreateAccountAsync("buyer");
        var (_, lateKey) = await app.CreateAccountAsync("buyer");
        using var artist = app.WithKey(artistKey);
        using var early = app.WithKey(earlyKey);
        using var late = app.WithKey(lateKey);
        var work = await MarketApp.CreateWorkAsync(artist, WorkRequests.Valid());
        var oldShare = await ArtistShareAsync(artist, work, artistId, 2000);
        var newShare = await ArtistShareAsync(artist, work, artistId, 3500);

        var (earlyOrder, earlyCheckout, earlyAmount) = await SandboxBuyer.OrderAsync(early, (work, "personal"));
        (await artist.PutAsJsonAsync($"/api/v1/works/{work}/offers", new { offers = new[] { new { tier = "personal", priceMinor = 3500 } } }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var (lateOrder, lateCheckout, lateAmount) = await SandboxBuyer.OrderAsync(late, (work, "personal"));
        await SandboxBuyer.PayAsync(app, earlyCheckout);
        var afterEarly = await PendingAsync(artist, artistId);
        await SandboxBuyer.PayAsync(app, lateCheckout);

        (earlyAmount, lateAmount).ShouldBe((2000L, 3500L));
        (await early.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{earlyOrder}")).GetProperty("status").GetString().ShouldBe("paid");
        (await late.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{lateOrder}")).GetProperty("status").GetString().ShouldBe("paid");
        afterEarly.ShouldBe(oldShare);
        (await PendingAsync(artist, artistId) - afterEarly).ShouldBe(newShare);
    }

    [Fact]
    public async Task ACartLicenseWhoseTierWasWithdrawnStaysInViewAndCheckoutSaysWhy()
    {
        using var buyer = await SiteUser.RegisterAsync(app, "cart");
        var (_, artistKey) = await app.CreateAccountAsync("artist");
        using var artist = app.WithKey(artistKey);
        var work = await MarketApp.CreateWorkAsync(artist, WorkRequests.Valid("Withdrawn Wharf"));
        using var add = new HttpRequestMessage(HttpMethod.Post, "/Cart/Add") { Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["workId"] = work, ["tier"] = "standard" }) };
        add.Headers.Add("Sec-Fetch-Site", "same-origin");
        (await buyer.Browser.SendAsync(add)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await artist.PutAsJsonAsync($"/api/v1/works/{work}/offers", new { offers = new[] { new { tier = "personal", priceMinor = 2000 } } }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        (await buyer.Browser.GetStringAsync("/Cart")).ShouldContain("No longer offered");
        var checkout = await buyer.PostFormAsync("/Cart?handler=Checkout", new());

        checkout.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await checkout.Content.ReadAsStringAsync()).ShouldContain("is no longer offered with a standard license: remove it from your cart to check out");
    }

    private static async Task<long> ArtistShareAsync(HttpClient client, string work, string artistId, long priceMinor) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/works/{work}/royalty-split?priceMinor={priceMinor}"))
            .GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("partyId").GetString() == artistId).GetProperty("amountMicros").GetInt64();

    private static async Task<long> PendingAsync(HttpClient client, string partyId) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/accounts/{partyId}/balance")).GetProperty("pendingMicros").GetInt64();
}
