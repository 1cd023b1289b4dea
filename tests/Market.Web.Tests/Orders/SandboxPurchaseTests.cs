using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Market.Web.Tests.Api;

namespace Market.Web.Tests.Orders;

public sealed class SandboxPurchaseTests(MarketApp app) : IClassFixture<MarketApp>
{
    [Fact]
    public async Task APaidOrderCreditsEveryPartyExactlyThePreviewedSplitAndIssuesAVerifiableLicense()
    {
        var (parentArtist, parentKey) = await app.CreateAccountAsync("artist");
        var (artist, artistKey) = await app.CreateAccountAsync("artist", "buyer");
        var (buyerId, buyerKey) = await app.CreateAccountAsync("buyer");
        using var parentClient = app.WithKey(parentKey);
        using var artistClient = app.WithKey(artistKey);
        using var buyer = app.WithKey(buyerKey);
        var parent = await MarketApp.CreateWorkAsync(parentClient, WorkRequests.Derivable("Source"));
        await SandboxBuyer.BuyAsync(app, artistClient, parent, "derivative");
        var parentEarnedBefore = (await parentClient.GetFromJsonAsync<JsonElement>($"/api/v1/accounts/{parentArtist}/balance")).GetProperty("pendingMicros").GetInt64();
        var remix = WorkRequests.Valid("Remix");
        remix["parents"] = new object[] { new { workId = parent, sharePpm = 250_000 } };
        var work = await MarketApp.CreateWorkAsync(artistClient, remix);
        var preview = await buyer.GetFromJsonAsync<JsonElement>($"/api/v1/works/{work}/royalty-split?priceMinor=6000");

        var (orderId, checkoutUrl, amount) = await SandboxBuyer.OrderAsync(buyer, (work, "standard"));
        amount.ShouldBe(6000);
        var back = await SandboxBuyer.PayAsync(app, checkoutUrl);

        back.AbsolutePath.ShouldBe($"/Orders/{orderId}");
        var order = await buyer.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{orderId}");
        order.GetProperty("status").GetString().ShouldBe("paid");
        var licenseId = order.GetProperty("licenses").EnumerateArray().ShouldHaveSingleItem().GetString()!;
        var verified = await app.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/licenses/{licenseId}/verify");
        verified.GetProperty("valid").GetBoolean().ShouldBeTrue();
        verified.GetProperty("license").GetProperty("licenseeId").GetString().ShouldBe(buyerId);

        foreach (var line in preview.GetProperty("lines").EnumerateArray())
        {
            var partyId = line.GetProperty("partyId").GetString()!;
            var balance = await (partyId == artist ? artistClient : parentClient).GetFromJsonAsync<JsonElement>($"/api/v1/accounts/{partyId}/balance");
            var before = partyId == parentArtist ? parentEarnedBefore : 0;
            (balance.GetProperty("pendingMicros").GetInt64() - before).ShouldBe(line.GetProperty("amountMicros").GetInt64(), partyId);
        }
    }

    [Fact]
    public async Task OrderingTwiceAndPayingThreeTimesAtOnceFulfilsOnce()
    {
        var (artist, artistKey) = await app.CreateAccountAsync("artist");
        var (_, buyerKey) = await app.CreateAccountAsync("buyer");
        using var artistClient = app.WithKey(artistKey);
        using var buyer = app.WithKey(buyerKey);
        var work = await MarketApp.CreateWorkAsync(artistClient, WorkRequests.Valid());

        var (orderId, checkoutUrl, _) = await SandboxBuyer.OrderAsync(buyer, (work, "personal"));
        var again = await SandboxBuyer.OrderAsync(buyer, (work, "personal"));
        again.OrderId.ShouldBe(orderId);
        await SandboxBuyer.PayAsync(app, checkoutUrl, clicks: 3);

        var balance = await artistClient.GetFromJsonAsync<JsonElement>($"/api/v1/accounts/{artist}/balance");
        balance.GetProperty("pendingMicros").GetInt64().ShouldBe(16_252_000);
        var order = await buyer.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{orderId}");
        order.GetProperty("licenses").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task OnlyTheLicenseeCanDownloadTheOriginal()
    {
        var (_, artistKey) = await app.CreateAccountAsync("artist");
        var (_, buyerKey) = await app.CreateAccountAsync("buyer");
        var (_, otherKey) = await app.CreateAccountAsync("buyer");
        using var artistClient = app.WithKey(artistKey);
        using var buyer = app.WithKey(buyerKey);
        using var other = app.WithKey(otherKey);
        var work = await MarketApp.CreateWorkAsync(artistClient, WorkRequests.Valid());
        (await buyer.GetAsync($"/works/{work}/download")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var (_, checkoutUrl, _) = await SandboxBuyer.OrderAsync(buyer, (work, "personal"));
        await SandboxBuyer.PayAsync(app, checkoutUrl);

        var download = await buyer.GetAsync($"/works/{work}/download");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(WorkRequests.Png);
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        (await other.GetAsync($"/works/{work}/download")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.Anonymous().GetAsync($"/works/{work}/download")).StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Redirect, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ATamperedCertificateDoesNotVerify()
    {
        var (_, artistKey) = await app.CreateAccountAsync("artist");
        var (_, buyerKey) = await app.CreateAccountAsync("buyer");
        using var artistClient = app.WithKey(artistKey);
        using var buyer = app.WithKey(buyerKey);
        var work = await MarketApp.CreateWorkAsync(artistClient, WorkRequests.Valid());
        var (orderId, checkoutUrl, _) = await SandboxBuyer.OrderAsync(buyer, (work, "personal"));
        await SandboxBuyer.PayAsync(app, checkoutUrl);
        var licenseId = (await buyer.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{orderId}")).GetProperty("licenses")[0].GetString();
        var signed = await buyer.GetFromJsonAsync<Dictionary<string, JsonElement>>($"/api/v1/licenses/{licenseId}");

        var honest = await buyer.PostAsJsonAsync("/api/v1/licenses/verify", signed);
        var certificate = JsonSerializer.Deserialize<Dictionary<string, object?>>(signed!["certificate"].GetRawText())!;
        certificate["tier"] = "extended";
        signed["certificate"] = JsonSerializer.SerializeToElement(certificate);
        var forged = await buyer.PostAsJsonAsync("/api/v1/licenses/verify", signed);

        (await honest.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("valid").GetBoolean().ShouldBeTrue();
        (await forged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("valid").GetBoolean().ShouldBeFalse();
    }
}
