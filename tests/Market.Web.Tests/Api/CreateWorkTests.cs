using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;

namespace Market.Web.Tests.Api;

public sealed class CreateWorkTests(MarketApp app) : IClassFixture<MarketApp>
{
    [Fact]
    public async Task AWorkIsStoredWithTheSha256OfItsFile()
    {
        var (artistId, key) = await app.CreateAccountAsync("artist");
        using var client = app.WithKey(key);

        var response = await client.PostAsJsonAsync("/api/v1/works", WorkRequests.Valid("Harbour at Dawn"));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString()!;
        created.GetProperty("contentHash").GetString().ShouldBe("sha256:" + Convert.ToHexStringLower(SHA256.HashData(WorkRequests.Png)));
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/works/{id}");

        var work = await client.GetFromJsonAsync<JsonElement>($"/api/v1/works/{id}");
        work.GetProperty("title").GetString().ShouldBe("Harbour at Dawn");
        work.GetProperty("artistId").GetString().ShouldBe(artistId);
        work.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ShouldBe(["desert", "dunes"]);
        work.GetProperty("offers")[1].GetProperty("priceMinor").GetInt64().ShouldBe(6000);
        work.GetProperty("consent").GetProperty("generativeTraining").GetString().ShouldBe("allowed");
    }

    [Fact]
    public async Task ThePreviewIsASmallerJpegNotTheOriginal()
    {
        var (_, key) = await app.CreateAccountAsync("artist");
        using var client = app.WithKey(key);
        var body = WorkRequests.Valid();
        var big = Market.Web.Demo.DemoPictures.Draw(1, 1000, 700);
        body["file"] = new { name = "big.png", contentBase64 = Convert.ToBase64String(big) };
        var created = await (await client.PostAsJsonAsync("/api/v1/works", body)).Content.ReadFromJsonAsync<JsonElement>();

        var preview = await client.GetAsync($"/works/{created.GetProperty("id").GetString()}/preview");

        preview.StatusCode.ShouldBe(HttpStatusCode.OK);
        preview.Content.Headers.ContentType!.MediaType.ShouldBe("image/jpeg");
        preview.Headers.GetValues("X-Content-Type-Options").ShouldContain("nosniff");
        using var image = SixLabors.ImageSharp.Image.Load(await preview.Content.ReadAsByteArrayAsync());
        Math.Max(image.Width, image.Height).ShouldBeLessThanOrEqualTo(640);
    }

    [Fact]
    public async Task WithoutAKeyTheCallIsRefused()
    {
        using var client = app.Anonymous();
        var response = await client.PostAsJsonAsync("/api/v1/works", WorkRequests.Valid());
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ABuyerCannotRegisterWorks()
    {
        var (_, key) = await app.CreateAccountAsync("buyer");
        using var client = app.WithKey(key);
        var response = await client.PostAsJsonAsync("/api/v1/works", WorkRequests.Valid());
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AnUnknownWorkIsNotFound()
    {
        using var client = app.Anonymous();
        var response = await client.GetAsync("/api/v1/works/w_nothing_here");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }
}
