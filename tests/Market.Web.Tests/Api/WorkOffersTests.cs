using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Market.Web.Tests.Orders;

namespace Market.Web.Tests.Api;

public sealed class WorkOffersTests(MarketApp app) : IClassFixture<MarketApp>
{
    private static object Offers(params (string Tier, long PriceMinor)[] offers) =>
        new { offers = offers.Select(o => new { tier = o.Tier, priceMinor = o.PriceMinor }) };

    [Fact]
    public async Task TheArtistChangesPricesAddsAndWithdrawsTiersAndGetsThePublicView()
    {
        var (_, key) = await app.CreateAccountAsync("artist");
        using var artist = app.WithKey(key);
        var id = await MarketApp.CreateWorkAsync(artist, WorkRequests.Valid("Repriced Reef"));

        var response = await artist.PutAsJsonAsync($"/api/v1/works/{id}/offers", Offers(("personal", 2500), ("extended", 40000)));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetRawText().ShouldBe((await app.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/works/{id}")).GetRawText());
        body.GetProperty("offers").EnumerateArray().Select(o => (o.GetProperty("tier").GetString(), o.GetProperty("priceMinor").GetInt64()))
            .ShouldBe([("personal", 2500L), ("extended", 40000L)]);
        var catalog = await app.Anonymous().GetFromJsonAsync<JsonElement>("/api/v1/catalog?q=Repriced");
        catalog.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id).GetProperty("fromPriceMinor").GetInt64().ShouldBe(2500);
    }

    [Theory]
    [InlineData("""{"offers":[]}""", "offers")]
    [InlineData("""{}""", "offers")]
    [InlineData("""{"offers":[{"tier":"personal","priceMinor":2000},{"tier":"premium","priceMinor":3000}]}""", "offers[1].tier")]
    [InlineData("""{"offers":[{"tier":"personal","priceMinor":2000},{"tier":"personal","priceMinor":3000}]}""", "offers[1].tier")]
    [InlineData("""{"offers":[{"tier":"personal","priceMinor":2000},{"tier":"standard","priceMinor":0}]}""", "offers[1].priceMinor")]
    [InlineData("""{"offers":[{"tier":"personal","priceMinor":100000001}]}""", "offers[0].priceMinor")]
    [InlineData("""{"offers":[{"tier":"personal","priceMinor":"ten"}]}""", "offers[0].priceMinor")]
    public async Task BadOffersAreRefusedByFieldAndNothingChanges(string json, string field)
    {
        var (_, key) = await app.CreateAccountAsync("artist");
        using var artist = app.WithKey(key);
        var id = await MarketApp.CreateWorkAsync(artist, WorkRequests.Valid());

        var response = await artist.PutAsync($"/api/v1/works/{id}/offers", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(json);
        var work = await artist.GetFromJsonAsync<JsonElement>($"/api/v1/works/{id}");
        work.GetProperty("offers").EnumerateArray().Select(o => o.GetProperty("priceMinor").GetInt64()).ShouldBe([2000L, 6000L]);
    }

    [Fact]
    public async Task AnotherArtistGetsNotFoundAndAnAdminMayChangeThem()
    {
        var (_, ownerKey) = await app.CreateAccountAsync("artist");
        var (_, otherKey) = await app.CreateAccountAsync("artist");
        using var owner = app.WithKey(ownerKey);
        using var other = app.WithKey(otherKey);
        using var admin = app.WithKey(MarketApp.AdminKey);
        var id = await MarketApp.CreateWorkAsync(owner, WorkRequests.Valid());

        (await other.PutAsJsonAsync($"/api/v1/works/{id}/offers", Offers(("personal", 1))))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.PutAsJsonAsync($"/api/v1/works/{id}/offers", Offers(("personal", 1500))))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await owner.GetFromJsonAsync<JsonElement>($"/api/v1/works/{id}")).GetProperty("offers").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task AGeneratedPiecesCreatorRepricesItAndItsOperatorMayNot()
    {
        var piece = await GeneratedPiece.CreateAsync(app);

        // The creator sells the piece (it is registered as theirs); the operator only registered it.
        (await piece.Clients[piece.OwnerId].PutAsJsonAsync($"/api/v1/works/{piece.WorkId}/offers", Offers(("personal", 900))))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await piece.Clients[piece.CreatorId].PutAsJsonAsync($"/api/v1/works/{piece.WorkId}/offers", Offers(("personal", 3100))))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
