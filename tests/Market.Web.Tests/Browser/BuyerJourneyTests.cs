using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Market.Web.Tests.Browser;

[Collection(DemoSite.Name)]
public sealed class BuyerJourneyTests(DemoApp demo, BrowserSession browser)
{
    private const string Piece = "w_demo_gen_1";

    [Fact]
    public async Task ABuyerFindsAGeneratedPieceSeesWhereTheMoneyGoesPaysInTheSandboxDownloadsItAndVerifiesTheCertificate()
    {
        var shots = BrowserSession.ScreenshotFolder("buyer");
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = demo.App.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await OperatorPages.RegisterAsync(page, "buyer");

        await page.GotoAsync("/");
        await People.ShootAsync(page, shots, "01-home");
        await page.GetByLabel("Search", new() { Exact = true }).FillAsync("dreams");
        await page.GetByLabel("Origin").SelectOptionAsync("generated");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("q=dreams", StringComparison.Ordinal));
        (await page.Locator(".work-card").CountAsync()).ShouldBe(2);
        await People.ShootAsync(page, shots, "02-search-results");

        await page.Locator(".work-card", new() { HasText = "Aurora Dreams No. 1" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Works/" + Piece, StringComparison.Ordinal));
        await page.Locator("a[href='?tier=standard#money-heading']").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("tier=standard", StringComparison.Ordinal));
        var breakdown = page.Locator(".money-breakdown");
        (await breakdown.InnerTextAsync()).ShouldContain("Standard license at $45.00", Case.Insensitive);
        (await ShownMicrosAsync(breakdown)).ShouldBe(await SplitFromApiAsync(4500));
        (await breakdown.InnerTextAsync()).ShouldContain("Aurora Labs");
        await People.ShootAsync(page, shots, "03-work-where-your-money-goes");

        await page.Locator("form[action='/Cart/Add'] button").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/Cart", StringComparison.Ordinal));
        (await page.Locator("tbody tr").InnerTextAsync()).ShouldContain("Aurora Dreams No. 1");
        await People.ShootAsync(page, shots, "04-cart");
        await page.GetByRole(AriaRole.Button, new() { Name = "Checkout" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/sandbox/checkout/", StringComparison.Ordinal));
        await People.ShootAsync(page, shots, "05-sandbox-checkout");
        await page.GetByRole(AriaRole.Button, new() { Name = "Pay $45.00" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Orders/", StringComparison.Ordinal));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Paid.", new() { Timeout = 20_000 });
        await People.ShootAsync(page, shots, "06-order-paid");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download original" }).ClickAsync());
        var original = await File.ReadAllBytesAsync((await download.PathAsync())!);
        var contentHash = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(original));

        await page.GetByRole(AriaRole.Link, new() { Name = "View certificate" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/licenses/", StringComparison.Ordinal));
        (await page.Locator("#verdict").InnerTextAsync()).ShouldStartWith("Valid");
        (await page.Locator("dl").InnerTextAsync()).ShouldContain(contentHash);
        await People.ShootAsync(page, shots, "07-certificate-valid");
        var licenseId = page.Url.Split('/')[^1];
        using var anyone = demo.App.Anonymous();
        var verified = await anyone.GetFromJsonAsync<JsonElement>($"/api/v1/licenses/{licenseId}/verify");
        verified.GetProperty("valid").GetBoolean().ShouldBeTrue();

        await page.GotoAsync("/Library");
        (await page.Locator("tbody tr").InnerTextAsync()).ShouldContain("Aurora Dreams No. 1");
        await People.ShootAsync(page, shots, "08-library");
    }

    // The amounts the page lists, in micros, smallest first.
    private static async Task<long[]> ShownMicrosAsync(ILocator breakdown)
    {
        var values = await breakdown.Locator("[data-micros]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.micros)");
        return [.. values.Select(long.Parse).Order()];
    }

    // The fee, the platform's part and every line of the public royalty-split answer, smallest first.
    private async Task<long[]> SplitFromApiAsync(long priceMinor)
    {
        using var anyone = demo.App.Anonymous();
        var split = await anyone.GetFromJsonAsync<JsonElement>($"/api/v1/works/{Piece}/royalty-split?priceMinor={priceMinor}");
        var parts = split.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("amountMicros").GetInt64()).ToList();
        parts.Add(split.GetProperty("feeMinor").GetInt64() * 10_000);
        parts.Add(split.GetProperty("platformMicros").GetInt64());
        parts.Sum().ShouldBe(priceMinor * 10_000);
        return [.. parts.Order()];
    }
}
