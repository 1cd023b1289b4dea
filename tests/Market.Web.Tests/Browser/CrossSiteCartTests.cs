using Microsoft.Playwright;

namespace Market.Web.Tests.Browser;

/// <summary>
/// The work page's add-to-cart form has no antiforgery token (the page is shared through the output
/// cache). Here a page of another origin, served by Chromium's own request routing, posts that form at
/// Market for a signed-in buyer, as a forging site would; the same-origin post is the buyer journey's.
/// </summary>
[Collection(DemoSite.Name)]
public sealed class CrossSiteCartTests(DemoApp demo, BrowserSession browser)
{
    [Fact]
    public async Task A_form_on_another_site_or_another_origin_of_this_site_puts_nothing_in_the_buyers_cart()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = demo.App.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await OperatorPages.RegisterAsync(page, "xsite");

        // Another site: Chromium keeps the SameSite=Lax sign-in cookie back, so Market sees nobody signed in.
        await PostFromAsync(context, page, "http://shop.evil.test");
        page.Url.ShouldContain("/Identity/Account/Login");

        // Same site (127.0.0.1), other origin (another port): the cookie goes along; the origin check refuses.
        var sameSite = new UriBuilder(demo.App.BaseAddress) { Port = demo.App.BaseAddress.Port == 65535 ? 65534 : demo.App.BaseAddress.Port + 1 }.Uri;
        var refused = await PostFromAsync(context, page, sameSite.GetLeftPart(UriPartial.Authority));
        refused.ShouldBe(403);
        (await page.ContentAsync()).ShouldContain("Cross-site request refused");

        await page.GotoAsync("/Cart");
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Your cart is empty");
    }

    // Opens a page at origin, whose form posts w_demo_01's personal license to Market, and submits it; the status Market answered.
    private async Task<int> PostFromAsync(IBrowserContext context, IPage page, string origin)
    {
        var form = $"""<form method="post" action="{demo.App.BaseAddress}Cart/Add"><input name="workId" value="w_demo_01"><input name="tier" value="personal"><button>Claim your prize</button></form>""";
        await context.RouteAsync(origin + "/**", route => route.FulfillAsync(new() { ContentType = "text/html", Body = form }));
        await page.GotoAsync(origin + "/prize");
        var answer = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Claim your prize" }).ClickAsync(),
            response => response.Url.EndsWith("/Cart/Add", StringComparison.Ordinal));
        await page.WaitForLoadStateAsync();
        return answer.Status;
    }
}
