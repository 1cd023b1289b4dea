using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Market.Web.Tests.Api;

public sealed class RoyaltySplitTests(MarketApp app) : IClassFixture<MarketApp>
{
    [Fact]
    public async Task AnOriginalPaysItsOwnerEverythingAfterFeeAndCommission()
    {
        var (artistId, key) = await app.CreateAccountAsync("artist");
        using var client = app.WithKey(key);
        var id = await MarketApp.CreateWorkAsync(client, WorkRequests.Valid());

        var split = await client.GetFromJsonAsync<JsonElement>($"/api/v1/works/{id}/royalty-split?priceMinor=2000");

        split.GetProperty("feeMinor").GetInt64().ShouldBe(88);
        split.GetProperty("netMicros").GetInt64().ShouldBe(19_120_000);
        split.GetProperty("platformMicros").GetInt64().ShouldBe(2_868_000);
        var line = split.GetProperty("lines").EnumerateArray().ShouldHaveSingleItem();
        line.GetProperty("partyId").GetString().ShouldBe(artistId);
        line.GetProperty("role").GetString().ShouldBe("owner");
        line.GetProperty("amountMicros").GetInt64().ShouldBe(16_252_000);
    }

    [Fact]
    public async Task ADerivativePaysItsParentTheEdgeShareAndTheRestToItsOwner()
    {
        var (parentArtist, parentKey) = await app.CreateAccountAsync("artist");
        var (childArtist, childKey) = await app.CreateAccountAsync("artist", "buyer");
        using var parentClient = app.WithKey(parentKey);
        using var childClient = app.WithKey(childKey);
        var parent = await MarketApp.CreateWorkAsync(parentClient, WorkRequests.Derivable("Original"));
        await Orders.SandboxBuyer.BuyAsync(app, childClient, parent, "derivative");
        var body = WorkRequests.Valid("Remix");
        body["parents"] = new object[] { new { workId = parent, sharePpm = 100_000 } };
        var child = await MarketApp.CreateWorkAsync(childClient, body);

        var split = await childClient.GetFromJsonAsync<JsonElement>($"/api/v1/works/{child}/royalty-split?priceMinor=2000");

        var lines = split.GetProperty("lines").EnumerateArray().ToDictionary(l => l.GetProperty("partyId").GetString()!, l => l);
        lines[parentArtist].GetProperty("role").GetString().ShouldBe("ancestor");
        lines[parentArtist].GetProperty("amountMicros").GetInt64().ShouldBe(1_625_200);
        lines[childArtist].GetProperty("amountMicros").GetInt64().ShouldBe(14_626_800);
        (lines.Values.Sum(l => l.GetProperty("amountMicros").GetInt64()) + split.GetProperty("platformMicros").GetInt64())
            .ShouldBe(split.GetProperty("netMicros").GetInt64());
    }

    [Fact]
    public async Task AParentEdgeAboveTheStackCapIsRefusedAndNothingIsStored()
    {
        var (_, key) = await app.CreateAccountAsync("artist");
        using var client = app.WithKey(key);
        var first = await MarketApp.CreateWorkAsync(client, WorkRequests.Valid("A"));
        var second = await MarketApp.CreateWorkAsync(client, WorkRequests.Valid("B"));
        var body = WorkRequests.Valid("Too greedy a remix");
        body["parents"] = new object[] { new { workId = first, sharePpm = 300_000 }, new { workId = second, sharePpm = 300_000 } };

        var response = await client.PostAsJsonAsync("/api/v1/works", body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("parents")[0].GetString()!.ShouldContain("above the cap of 500000 ppm");
    }

    [Fact]
    public async Task DerivingFromSomeoneElsesWorkNeedsADerivativeLicense()
    {
        var (_, parentKey) = await app.CreateAccountAsync("artist");
        var (_, childKey) = await app.CreateAccountAsync("artist", "buyer");
        using var parentClient = app.WithKey(parentKey);
        using var childClient = app.WithKey(childKey);
        var parent = await MarketApp.CreateWorkAsync(parentClient, WorkRequests.Derivable("Original"));
        await Orders.SandboxBuyer.BuyAsync(app, childClient, parent, "personal");
        var body = WorkRequests.Valid("Unlicensed remix");
        body["parents"] = new object[] { new { workId = parent, sharePpm = 100_000 } };

        var response = await childClient.PostAsJsonAsync("/api/v1/works", body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("parents[0].workId")[0].GetString()!.ShouldContain("derivative license");
    }

    [Theory]
    [InlineData("", HttpStatusCode.BadRequest)]
    [InlineData("?priceMinor=-5", HttpStatusCode.BadRequest)]
    [InlineData("?priceMinor=20", HttpStatusCode.BadRequest)]
    [InlineData("?priceMinor=9223372036854775807", HttpStatusCode.BadRequest)]
    [InlineData("?priceMinor=100000001", HttpStatusCode.BadRequest)]
    public async Task ABadPriceIsRefusedNamingPriceMinor(string query, HttpStatusCode expected)
    {
        var (_, key) = await app.CreateAccountAsync("artist");
        using var client = app.WithKey(key);
        var id = await MarketApp.CreateWorkAsync(client, WorkRequests.Valid());

        var response = await client.GetAsync($"/api/v1/works/{id}/royalty-split{query}");

        response.StatusCode.ShouldBe(expected);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("priceMinor", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task AnUnknownWorkHasNoSplit()
    {
        using var client = app.Anonymous();
        (await client.GetAsync("/api/v1/works/w_missing/royalty-split?priceMinor=2000")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
