using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Market.Domain.Parties;
using Market.Web.Tests.Api;
using Microsoft.Playwright;

namespace Market.Web.Tests.Browser;

[Collection(DemoSite.Name)]
public sealed class NamedRoleJourneyTests(DemoApp demo, BrowserSession browser)
{
    private MarketApp App => demo.App;

    [Fact]
    public async Task ACoOwnerAcceptsOnTheirDashboardAndTheWorkGoesOnSale()
    {
        var shots = BrowserSession.ScreenshotFolder("named-roles");
        var (artistId, artistKey) = await App.CreateAccountAsync("artist");
        var (coOwnerId, _) = await App.CreateAccountAsync("artist");
        using var artist = App.WithKey(artistKey);
        var title = "Two Hands " + Guid.NewGuid().ToString("N")[..6];
        var body = WorkRequests.Valid(title);
        body["owners"] = new object[] { new { accountId = artistId, sharePpm = 700_000 }, new { accountId = coOwnerId, sharePpm = 300_000 } };
        var workId = await MarketApp.CreateWorkAsync(artist, body);
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = App.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await People.SignInAsync(App, page, coOwnerId, Roles.Artist, Roles.Buyer);

        await page.GotoAsync("/Dashboard");
        await page.GetByTestId("roles-waiting").GetByRole(AriaRole.Link, new() { Name = "accept or decline" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/Dashboard/NamedRoles", StringComparison.Ordinal));
        (await page.GetByTestId("waiting").InnerTextAsync()).ShouldContain("30 % of what the work earns");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "01-waiting.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = $"Accept your role on {title}" }).ClickAsync();

        await page.GetByTestId("answered").WaitForAsync();
        (await page.ContentAsync()).ShouldContain("it is now for sale");
        (await page.GetByTestId("answered").InnerTextAsync()).ShouldContain("you accepted being a co-owner");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "02-accepted.png"), FullPage = true });
        await page.GotoAsync($"/Works/{workId}");
        (await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("Add personal license to cart", RegexOptions.IgnoreCase) }).IsVisibleAsync()).ShouldBeTrue();
        (await artist.GetFromJsonAsync<JsonElement>($"/api/v1/works/{workId}")).GetProperty("forSale").GetBoolean().ShouldBeTrue();
    }
}
