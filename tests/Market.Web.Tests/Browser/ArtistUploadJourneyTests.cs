using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Market.Web.Pages;
using Market.Web.Tests.Orders;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Market.Web.Tests.Browser;

[Collection(DemoSite.Name)]
public sealed class ArtistUploadJourneyTests(DemoApp demo, BrowserSession browser)
{
    private MarketApp App => demo.App;

    [Fact]
    public async Task AnArtistRegistersUploadsSetsConsentConnectsPayoutsSeesASaleArriveAndOpensTheStatement()
    {
        var shots = BrowserSession.ScreenshotFolder("artist");
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = App.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var email = $"artist{Guid.NewGuid():N}"[..20] + "@example.com";

        await page.GotoAsync("/Identity/Account/Register");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("a long passphrase of words");
        await page.GetByLabel("Confirm Password").FillAsync("a long passphrase of words");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "01-register.png") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Register", StringComparison.Ordinal));

        await page.GotoAsync("/Works/Upload");
        await page.GetByLabel("Title").FillAsync("Lighthouse in Fog");
        await page.GetByLabel("Description").FillAsync("A lighthouse beam cutting through sea fog.");
        await page.GetByLabel("Kind").SelectOptionAsync("photo");
        await page.GetByLabel("Tags (comma-separated)").FillAsync("sea, fog, lighthouse");
        await page.GetByLabel("personal (USD)").FillAsync("15.00");
        await page.GetByLabel("Generative AI training").SelectOptionAsync("allowed");
        await page.GetByLabel("File").SetInputFilesAsync(new FilePayload { Name = "lighthouse.png", MimeType = "image/png", Buffer = Market.Web.Demo.DemoPictures.Draw(5, 900, 600) });
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "02-upload.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Works/w_", StringComparison.Ordinal));
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Lighthouse in Fog");
        var workId = new Uri(page.Url).AbsolutePath.Split('/')[^1];
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "03-work-page.png"), FullPage = true });

        await page.GotoAsync("/");
        var card = page.Locator(".work-card", new() { HasText = "Lighthouse in Fog" });
        (await card.CountAsync()).ShouldBe(1);
        (await card.Locator("img").GetAttributeAsync("src"))!.ShouldEndWith("/preview");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "04-home.png"), FullPage = true });

        await page.GotoAsync("/Dashboard");
        var row = page.Locator("tr", new() { HasText = "Lighthouse in Fog" });
        (await row.InnerTextAsync()).ShouldContain("allowed");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "05-dashboard.png"), FullPage = true });
        await row.GetByRole(AriaRole.Link, new() { Name = "Consent" }).ClickAsync();
        await page.GetByLabel("Text and data mining").SelectOptionAsync("allowed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save consent" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).First.InnerTextAsync()).ShouldContain("Consent saved");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "06-consent.png"), FullPage = true });

        await page.GotoAsync("/Dashboard/Payouts");
        await page.GetByRole(AriaRole.Button, new() { Name = "Connect payout account" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).First.InnerTextAsync()).ShouldStartWith("Enabled");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "07-payout-account.png"), FullPage = true });

        // Someone else buys the work, through the API and the sandbox checkout.
        var (_, buyerKey) = await App.CreateAccountAsync("buyer");
        using var buyer = App.WithKey(buyerKey);
        await SandboxBuyer.BuyAsync(App, buyer, workId, "personal");
        var earned = await OwnerShareAsync(workId, 1500);

        await page.GotoAsync("/Dashboard");
        await Expect(page.GetByTestId("pending")).ToHaveTextAsync(Money.FormatMicros(earned));
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "08-dashboard-with-sale.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Monthly statements" }).ClickAsync();
        var month = DateTime.UtcNow.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        await page.Locator($"a[href='/Dashboard/Statements/{month}']").ClickAsync();
        var sale = page.Locator("tbody tr", new() { HasText = "Lighthouse in Fog" });
        (await sale.InnerTextAsync()).ShouldContain(earned.ToString(CultureInfo.InvariantCulture));
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Closing balance: " + Money.FormatMicros(earned));
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "09-statement.png"), FullPage = true });
    }

    // What the artist gets from a sale at this price, according to the public split.
    private async Task<long> OwnerShareAsync(string workId, long priceMinor)
    {
        using var anyone = App.Anonymous();
        var split = await anyone.GetFromJsonAsync<JsonElement>($"/api/v1/works/{workId}/royalty-split?priceMinor={priceMinor}");
        return split.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("role").GetString() == "owner").GetProperty("amountMicros").GetInt64();
    }

    [Fact]
    public async Task AnUploadWithoutAPriceShowsTheProblemBesideTheForm()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = App.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        var email = $"noprice{Guid.NewGuid():N}"[..20] + "@example.com";
        await page.GotoAsync("/Identity/Account/Register");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("a long passphrase of words");
        await page.GetByLabel("Confirm Password").FillAsync("a long passphrase of words");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Register", StringComparison.Ordinal));

        await page.GotoAsync("/Works/Upload");
        await page.GetByLabel("Title").FillAsync("No price");
        await page.GetByLabel("File").SetInputFilesAsync(new FilePayload { Name = "x.png", MimeType = "image/png", Buffer = Market.Web.Demo.DemoPictures.Draw(2, 64, 64) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();

        (await page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("At least one offer");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder("artist"), "10-form-error.png"), FullPage = true });
    }
}
