using Microsoft.Playwright;

namespace Market.Web.Tests.Browser;

/// <summary>
/// The API reference at <c>/api/docs</c> in Chromium, under the site's content security policy: it draws the
/// operations from <c>/openapi/v1.json</c>, breaks no rule of the policy, and loads nothing from elsewhere.
/// </summary>
[Collection(DemoSite.Name)]
public sealed class ApiReferencePageTests(DemoApp demo, BrowserSession browser)
{
    [Fact]
    public async Task TheReferenceShowsTheOperationsWithNoPolicyViolationAndNothingFromElsewhere()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = demo.App.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var complaints = new List<string>();
        var elsewhere = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning") complaints.Add($"{message.Type}: {message.Text}");
        };
        page.PageError += (_, error) => complaints.Add($"page error: {error}");
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(demo.App.BaseAddress.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                elsewhere.Add(request.Url);
        };

        var response = await page.GotoAsync("/api/docs");
        response!.Headers["content-security-policy"].ShouldContain("script-src 'self' 'nonce-");

        // Operations appear by their summaries, grouped by area, and open on their path.
        await page.GetByText("Open an account and get its API key (shown once)").First.WaitForAsync();
        var text = await page.Locator("body").InnerTextAsync();
        foreach (var area in new[] { "Accounts", "Works", "Models", "Orders", "Licenses", "Admin" }) text.ShouldContain(area);
        await page.GetByText("Catalog", new() { Exact = true }).First.ClickAsync();   // areas other than the first open when asked
        await page.GetByText("Search the catalog").First.ClickAsync();
        await page.GetByText("/api/v1/catalog").First.WaitForAsync();
        await People.ShootAsync(page, BrowserSession.ScreenshotFolder("api-docs"), "01-reference");

        complaints.Where(c => c.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)).ShouldBeEmpty();
        complaints.ShouldBeEmpty();
        elsewhere.ShouldBeEmpty();
    }
}
