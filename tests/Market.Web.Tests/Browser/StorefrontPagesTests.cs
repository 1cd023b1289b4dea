using Market.Contracts.Models;
using Microsoft.Playwright;

namespace Market.Web.Tests.Browser;

/// <summary>The storefront pages around the catalog on the demo site: home, artist pages, model pages.</summary>
[Collection(DemoSite.Name)]
public sealed class StorefrontPagesTests(DemoApp demo, BrowserSession browser)
{
    [Fact]
    public async Task TheHomePageFeaturesGeneratedPiecesAndListsNewWorks()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = demo.App.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        var featured = await page.Locator("section", new() { Has = page.Locator("#featured") }).Locator(".work-card").AllInnerTextsAsync();
        featured.ShouldAllBe(card => card.Contains("· generated", StringComparison.Ordinal));
        featured.ShouldContain(card => card.Contains("Aurora Dreams No. 1", StringComparison.Ordinal));
        featured.ShouldContain(card => card.Contains("Mosaic Dreams No. 2", StringComparison.Ordinal));
        (await page.Locator("#results").InnerTextAsync()).ShouldBe("New works");
        await People.ShootAsync(page, BrowserSession.ScreenshotFolder("storefront"), "01-home");
    }

    [Fact]
    public async Task AnArtistPageListsEveryWorkOfTheArtist()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = demo.App.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Works/w_demo_01");
        await page.GetByRole(AriaRole.Link, new() { Name = "Inès Moreau" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/Artists/p_demo_ines", StringComparison.Ordinal));

        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Inès Moreau");
        (await page.Locator(".work-card h3").AllInnerTextsAsync()).ShouldBe(["Red Dunes", "Harbour at Dawn", "Salt Flats", "Night Market"], ignoreOrder: true);
        await People.ShootAsync(page, BrowserSession.ScreenshotFolder("storefront"), "02-artist");
    }

    [Fact]
    public async Task AModelPageShowsItsTermsTrainingSetContributorsAndPieces()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = demo.App.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Works/w_demo_gen_1");
        await page.GetByTestId("made-with").GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/Models/" + ModelIds.For("p_demo_aurora", "Aurora", "1.0"), StringComparison.Ordinal));

        var terms = await page.GetByTestId("terms").InnerTextAsync();
        terms.ShouldContain("40 %");   // creator
        terms.ShouldContain("30 %");   // owner and pool, as the demo registers Aurora
        (await page.GetByTestId("training-size").InnerTextAsync()).ShouldStartWith("4 consenting contributions");
        // Demo works whose pattern is a multiple of 3 allow training; Aurora weighs them 1, 2, 3, 1 (total 7), heaviest first.
        var rows = await page.Locator("table tbody tr").AllInnerTextsAsync();
        rows.Count.ShouldBe(4);
        rows[0].ShouldContain("Rain Study");
        rows[0].ShouldContain("42.9 %");
        rows[1].ShouldContain("Night Market");
        rows[1].ShouldContain("28.6 %");
        (await page.Locator(".work-card h3").AllInnerTextsAsync()).ShouldBe(["Aurora Dreams No. 1"]);
        await People.ShootAsync(page, BrowserSession.ScreenshotFolder("storefront"), "03-model");
    }
}
