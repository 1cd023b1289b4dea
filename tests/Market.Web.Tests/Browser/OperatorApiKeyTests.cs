using System.Net;
using Microsoft.Playwright;

namespace Market.Web.Tests.Browser;

public sealed class OperatorApiKeyTests(MarketApp app, BrowserSession browser) : IClassFixture<MarketApp>, IClassFixture<BrowserSession>
{
    [Fact]
    public async Task AKeyIsShownOnceAndARevokedKeyGets401()
    {
        var shots = BrowserSession.ScreenshotFolder("operator");
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await OperatorPages.RegisterAsync(page, "keys");
        await page.GotoAsync("/Account/ApiKeys");
        (await page.GetByTestId("empty").IsVisibleAsync()).ShouldBeTrue();

        await page.GetByRole(AriaRole.Button, new() { Name = "Create a key" }).ClickAsync();
        var key = await page.GetByTestId("new-key").InnerTextAsync();
        key.ShouldStartWith("mk_");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "10-api-key-created.png"), FullPage = true });
        using var client = app.WithKey(key);
        (await client.GetAsync("/api/v1/orders/o_missing")).StatusCode.ShouldNotBe(HttpStatusCode.Unauthorized);

        await page.GotoAsync("/Account/ApiKeys");
        (await page.ContentAsync()).ShouldNotContain(key);
        (await page.Locator("tbody tr").InnerTextAsync()).ShouldContain("active");

        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("revoked");
        (await page.Locator("tbody tr").InnerTextAsync()).ShouldContain("revoked");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "11-api-key-revoked.png"), FullPage = true });
        (await client.GetAsync("/api/v1/orders/o_missing")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task PayoutRunsAreForAdminsOnly()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await OperatorPages.RegisterAsync(page, "notadmin");
        var response = await page.GotoAsync("/Admin/PayoutRuns");
        page.Url.ShouldNotEndWith("/Admin/PayoutRuns");
        (response?.Status ?? 0).ShouldBeLessThan(500);
    }
}
