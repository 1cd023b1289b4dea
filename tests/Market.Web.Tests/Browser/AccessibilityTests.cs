using Market.Contracts.Models;
using Market.Domain.Parties;
using Market.Web.Demo;
using Microsoft.Playwright;

namespace Market.Web.Tests.Browser;

/// <summary>axe-core finds no serious or critical violation on the main pages of the demo site, for each kind of visitor.</summary>
[Collection(DemoSite.Name)]
public sealed class AccessibilityTests(DemoApp demo, BrowserSession browser)
{
    [Fact]
    public Task ThePublicPagesHaveNoSeriousViolations() => CheckAsync(null, null,
        "/", "/?q=city&sort=priceAsc", "/Works/w_demo_01", "/Works/w_demo_gen_1", "/Artists/p_demo_ines",
        "/Models/" + ModelIds.For("p_demo_aurora", "Aurora", "1.0"), "/Reports/Transparency", "/Identity/Account/Login", "/Identity/Account/Register");

    [Fact]
    public async Task TheCheckFindsAnUnlabelledField()
    {
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync("<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><main><input type=\"text\"></main></body></html>");

        (await AxeCheck.SeriousViolationsAsync(page)).ShouldContain(v => v.Contains("label (critical)", StringComparison.Ordinal));
    }

    [Fact]
    public Task AnArtistsPagesHaveNoSeriousViolations() => CheckAsync("p_demo_ines", [Roles.Buyer, Roles.Artist],
        "/Cart", "/Library", "/Dashboard", "/Dashboard/Statements", $"/Dashboard/Statements/{DateTime.UtcNow:yyyy-MM}", "/Dashboard/Payouts", "/Dashboard/Inclusions", "/Dashboard/Offers/w_demo_01", "/Works/Upload");

    [Fact]
    public Task AnOperatorsPagesHaveNoSeriousViolations() => CheckAsync("p_demo_aurora", [Roles.Buyer, Roles.Operator],
        "/Operator/Models", "/Operator/Report", "/Account/ApiKeys");

    [Fact]
    public Task TheAdminPagesHaveNoSeriousViolations() => CheckAsync(AdminBootstrap.AdminPartyId, [Roles.Admin],
        "/Admin/PayoutRuns", "/Admin/Jobs", "/Admin/Reconciliation");

    private async Task CheckAsync(string? partyId, string[]? roles, params string[] paths)
    {
        await demo.SalesMadeAsync();
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = demo.App.BaseAddress.ToString(), BypassCSP = true, ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var shots = BrowserSession.ScreenshotFolder("pages");
        if (roles is not null) await People.SignInAsync(demo.App, page, partyId, roles);
        var found = new List<string>();
        foreach (var path in paths)
        {
            var response = await page.GotoAsync(path);
            (response?.Status ?? 0).ShouldBe(200, $"{path} did not load");
            found.AddRange(await AxeCheck.SeriousViolationsAsync(page));
            await People.ShootAsync(page, shots, (partyId ?? "public") + path.Replace('/', '_').Replace('?', '_').Replace('&', '_').Replace('=', '-'));
        }

        found.ShouldBeEmpty(string.Join(Environment.NewLine, found));
    }
}
