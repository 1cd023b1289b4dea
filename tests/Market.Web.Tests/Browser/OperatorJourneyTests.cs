using System.Text;
using Microsoft.Playwright;

namespace Market.Web.Tests.Browser;

[Collection(DemoSite.Name)]
public sealed class OperatorJourneyTests(DemoApp demo, BrowserSession browser)
{
    private MarketApp App => demo.App;

    [Fact]
    public async Task AnOperatorRegistersAModelImportsATrainingSetSealsItAndSellsAGeneration()
    {
        var shots = BrowserSession.ScreenshotFolder("operator");
        // Demo works: Red Dunes and Night Market allow generative training, Harbour at Dawn does not.
        var (first, second, refused) = ("w_demo_01", "w_demo_04", "w_demo_02");
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = App.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await OperatorPages.RegisterAsync(page, "operator");

        await page.GotoAsync("/Operator/Become");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "01-become.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Become an operator" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/Operator/Models", StringComparison.Ordinal));
        (await page.GetByTestId("empty").IsVisibleAsync()).ShouldBeTrue();

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Harbour Diffusion");
        await page.GetByLabel("Version", new() { Exact = true }).FillAsync("1.0");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "02-register-model.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Register model" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Operator/Models/m_", StringComparison.Ordinal));
        (await page.GetByTestId("status").InnerTextAsync()).ShouldBe("open");

        var set = $"[{{\"workId\":\"{first}\",\"weight\":2}},{{\"workId\":\"{second}\"}},{{\"workId\":\"{refused}\"}},{{\"workId\":\"w_nope\"}}]";
        await page.Locator("#TrainingSet").SetInputFilesAsync(new FilePayload { Name = "training.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes(set) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload training set" }).ClickAsync();
        (await page.GetByTestId("verdicts").InnerTextAsync()).ShouldContain("2 accepted, 2 rejected");
        (await page.Locator("table", new() { HasText = "Rejected entries" }).InnerTextAsync()).ShouldContain(refused);
        (await page.GetByTestId("contributions").InnerTextAsync()).ShouldBe("2");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "03-verdicts.png"), FullPage = true });

        await page.GetByRole(AriaRole.Button, new() { Name = "Seal training set" }).ClickAsync();
        (await page.GetByTestId("sealed").InnerTextAsync()).ShouldContain("0 contributions dropped");
        (await page.GetByTestId("snapshot-hash").InnerTextAsync()).Length.ShouldBeGreaterThan(16);
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "04-sealed.png"), FullPage = true });

        var title = "Harbour at Dusk " + Guid.NewGuid().ToString("N")[..6];
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("Price (USD)").FillAsync("20.00");
        await page.GetByLabel("Attribution (one \"workId score\" per line)").FillAsync($"{first} 0.7\n{second} 0.3");
        await page.GetByLabel("Generated file (optional)").SetInputFilesAsync(new FilePayload { Name = "harbour.png", MimeType = "image/png", Buffer = Market.Web.Demo.DemoPictures.Draw(9, 640, 480) });
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "05-generation-form.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Register generation" }).ClickAsync();
        await page.GetByTestId("generated").GetByRole(AriaRole.Link, new() { Name = "Open the work page" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Works/w_", StringComparison.Ordinal));
        (await page.Locator("h1").InnerTextAsync()).ShouldBe(title);
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "06-generated-work.png"), FullPage = true });

        await page.GotoAsync("/?q=" + Uri.EscapeDataString(title));
        (await page.Locator(".work-card", new() { HasText = title }).CountAsync()).ShouldBe(1);
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "07-catalog.png"), FullPage = true });

        await page.GotoAsync("/Operator/Models");
        (await page.Locator("tr", new() { HasText = "Harbour Diffusion" }).InnerTextAsync()).ShouldContain("sealed");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "08-models.png"), FullPage = true });
    }

    [Fact]
    public async Task BadTermsAreShownBesideTheirFields()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = App.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await OperatorPages.RegisterAsync(page, "badterms");
        await page.GotoAsync("/Operator/Become");
        await page.GetByRole(AriaRole.Button, new() { Name = "Become an operator" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/Operator/Models", StringComparison.Ordinal));

        await page.GetByLabel("Version", new() { Exact = true }).FillAsync("1.0");
        await page.GetByLabel("Contributor pool %").FillAsync("abc");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register model" }).ClickAsync();

        (await page.Locator("[data-valmsg-for='Input.Pool']").InnerTextAsync()).ShouldContain("not a percentage");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder("operator"), "09-form-error.png"), FullPage = true });
    }
}
