using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marten;
using Market.Store.Catalog;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Market.Web.Tests.Api;

public sealed class CreateWorkRejectionTests(MarketApp app) : IClassFixture<MarketApp>
{
    public static TheoryData<string, string> BadBodies => new()
    {
        { "missing title", "title" },
        { "unknown kind", "kind" },
        { "bad base64", "file.contentBase64" },
        { "oversize file", "file" },
        { "negative price", "offers[0].priceMinor" },
        { "not an image", "file" },
        { "image declaring 400 million pixels", "file" },
        { "svg declared as svg", "file" },
        { "html posing as jpeg", "file" },
        { "html sold as text", "file" },
        { "html behind a byte order mark sold as text", "file" },
        { "wrong type for price", "offers[0].priceMinor" },
        { "parent that does not exist", "parents[0].workId" },
        { "owners not summing to the whole", "owners" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task BadInputIsRefusedByFieldAndNothingIsStored(string mistake, string field)
    {
        var (artistId, key) = await app.CreateAccountAsync("artist");
        using var client = app.WithKey(key);
        var before = await StoredCountsAsync();

        var response = await client.PostAsync("/api/v1/works", JsonContent.Create(Break(WorkRequests.Valid(), mistake)));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue($"{mistake}: {problem}");
        (await StoredCountsAsync()).ShouldBe(before);
        var party = await app.Services.GetRequiredService<IGrainFactory>().GetGrain<Market.Contracts.Parties.IPartyGrain>(artistId).Get();
        party!.WorkIds.ShouldBeEmpty();
    }

    [Fact]
    public async Task AnImageDeclaringMorePixelsThanTheLimitIsRefusedFromItsHeaderAlone()
    {
        var (_, key) = await app.CreateAccountAsync("artist");
        using var client = app.WithKey(key);
        var body = WorkRequests.Valid();
        body["file"] = File("bomb.png", DeclaredDimensions.Png(30_000, 30_000));

        var response = await client.PostAsync("/api/v1/works", JsonContent.Create(body));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").GetProperty("file")[0].GetString().ShouldBe(
            "The image is 30000 × 30000 pixels (900,000,000); the limit is 50,000,000 pixels.");
    }

    private static Dictionary<string, object?> Break(Dictionary<string, object?> body, string mistake)
    {
        switch (mistake)
        {
            case "missing title": body.Remove("title"); break;
            case "unknown kind": body["kind"] = "hologram"; break;
            case "bad base64": body["file"] = new { name = "x.png", contentBase64 = "%%%not base64%%%" }; break;
            case "oversize file":
                var big = new byte[MarketApp.MaxFileBytes + 1];
                WorkRequests.Png.CopyTo(big, 0);
                body["file"] = new { name = "big.png", contentBase64 = Convert.ToBase64String(big) };
                break;
            case "negative price": body["offers"] = new object[] { new { tier = "personal", priceMinor = -5 } }; break;
            case "image declaring 400 million pixels": body["file"] = File("bomb.png", DeclaredDimensions.Png(20_000, 20_000)); break;
            case "not an image": body["file"] = new { name = "evil.png", contentBase64 = Convert.ToBase64String("<svg onload=alert(1)>"u8.ToArray()) }; break;
            // SVG and HTML can carry script: refused whatever they are called, so they are never stored to be served.
            case "svg declared as svg":
                body["kind"] = "illustration";
                body["file"] = File("art.svg", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8);
                break;
            case "html posing as jpeg": body["file"] = File("photo.jpg", "<!DOCTYPE html><html><script>alert(1)</script></html>"u8); break;
            case "html sold as text":
                body["kind"] = "text";
                body["file"] = File("page.html", "\n  <html><body onload=alert(1)>Hello</body></html>"u8);
                break;
            case "html behind a byte order mark sold as text":
                body["kind"] = "text";
                body["file"] = File("page.txt", "\uFEFF<html><body onload=alert(1)>Hello</body></html>"u8);
                break;
            case "wrong type for price": body["offers"] = new object[] { new { tier = "personal", priceMinor = "ten" } }; break;
            case "parent that does not exist": body["parents"] = new object[] { new { workId = "w_not_yet", sharePpm = 100_000 } }; break;
            case "owners not summing to the whole": body["owners"] = new object[] { new { accountId = "p_x", sharePpm = 600_000 } }; break;
            default: throw new ArgumentOutOfRangeException(nameof(mistake), mistake, null);
        }

        return body;
    }

    private static object File(string name, ReadOnlySpan<byte> content) => new { name, contentBase64 = Convert.ToBase64String(content) };

    private async Task<(int Catalog, long Files)> StoredCountsAsync()
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var catalog = await session.Query<CatalogEntry>().CountAsync();
        await using var connection = new NpgsqlConnection(app.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM market.market_files", connection);
        return (catalog, (long)(await command.ExecuteScalarAsync())!);
    }
}
