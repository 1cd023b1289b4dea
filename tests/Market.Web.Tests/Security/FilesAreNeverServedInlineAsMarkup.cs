using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Market.Web.Tests.Api;
using Market.Web.Tests.Orders;

namespace Market.Web.Tests.Security;

/// <summary>
/// Files people upload are served from this site's origin, so a browser must never run them: every
/// file route says exactly what it serves (never HTML, SVG or XML), forbids sniffing, and hands originals
/// and certificates over as attachments.
/// </summary>
public sealed class FilesAreNeverServedInlineAsMarkup(MarketApp app) : IClassFixture<MarketApp>
{
    private static readonly string[] Markup = ["html", "svg", "xml", "javascript"];

    [Fact]
    public async Task PreviewsDownloadsAndCertificatesAreNoSniffAndNeverMarkup()
    {
        var (_, artistKey) = await app.CreateAccountAsync("artist");
        var (_, buyerKey) = await app.CreateAccountAsync("buyer");
        using var artist = app.WithKey(artistKey);
        using var buyer = app.WithKey(buyerKey);
        var picture = await MarketApp.CreateWorkAsync(artist, WorkRequests.Valid("Served picture"));
        // Prose that mentions markup is plain text, and is stored as such under whatever name it came with.
        var prose = WorkRequests.Valid("Served prose");
        prose["kind"] = "text";
        prose["file"] = new { name = "story.html", contentBase64 = Convert.ToBase64String("Once upon a time <script>alert(1)</script> the end."u8.ToArray()) };
        var text = await MarketApp.CreateWorkAsync(artist, prose);
        var (orderId, checkoutUrl, _) = await SandboxBuyer.OrderAsync(buyer, (picture, "personal"), (text, "personal"));
        await SandboxBuyer.PayAsync(app, checkoutUrl);
        var licenses = (await buyer.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{orderId}")).GetProperty("licenses").EnumerateArray().Select(l => l.GetString()!).ToList();
        licenses.Count.ShouldBe(2);

        var preview = await app.Anonymous().GetAsync($"/works/{picture}/preview");
        ShouldBeSafe(preview, "image/jpeg", attachment: false);

        ShouldBeSafe(await buyer.GetAsync($"/works/{picture}/download"), "image/png", attachment: true);
        var story = await buyer.GetAsync($"/works/{text}/download");
        ShouldBeSafe(story, "text/plain", attachment: true);
        // Saved to disk it is a .txt, so opening the saved file does not render it as a page either.
        story.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe("story.txt");

        foreach (var license in licenses)
        {
            ShouldBeSafe(await buyer.GetAsync($"/licenses/{license}/pdf"), "application/pdf", attachment: true);
            ShouldBeSafe(await buyer.GetAsync($"/api/v1/licenses/{license}/pdf"), "application/pdf", attachment: true);
        }
    }

    private static void ShouldBeSafe(HttpResponseMessage response, string mediaType, bool attachment)
    {
        var path = response.RequestMessage!.RequestUri!.AbsolutePath;
        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff", path);
        var contentType = response.Content.Headers.ContentType!.MediaType!;
        contentType.ShouldBe(mediaType, path);
        Markup.ShouldNotContain(m => contentType.Contains(m, StringComparison.OrdinalIgnoreCase), path);
        if (attachment) response.Content.Headers.ContentDisposition?.DispositionType.ShouldBe("attachment", path);
        if (attachment) response.Content.Headers.ContentDisposition.ShouldNotBeNull(path);
    }
}
