using Market.Domain.Parties;
using Market.Web.Tests.Api;
using Market.Web.Tests.Payouts.StripeMode;
using Microsoft.Playwright;

namespace Market.Web.Tests.Browser;

/// <summary>
/// In Stripe mode the checkout and onboarding forms post to Market, which answers with a redirect to
/// Stripe's own pages (here the fake's); a real browser must follow it, content security policy and all.
/// </summary>
public sealed class StripeRedirectJourneyTests(StripeModeApp stripe, BrowserSession browser) : IClassFixture<StripeModeApp>, IClassFixture<BrowserSession>
{
    [Fact]
    public async Task ABuyersCheckoutReachesStripesHostedCheckout()
    {
        var (_, artistKey) = await stripe.App.CreateAccountAsync("artist");
        using var artist = stripe.App.WithKey(artistKey);
        var workId = await MarketApp.CreateWorkAsync(artist, WorkRequests.Valid("Checkout through Stripe"));
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await People.SignInAsync(stripe.App, page, null, Roles.Buyer);

        await page.GotoAsync($"/Works/{workId}");
        await page.Locator("form[action='/Cart/Add'] button").First.ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/Cart", StringComparison.Ordinal));
        await page.Locator("form[action*='handler=Checkout'] button").ClickAsync();

        await page.WaitForURLAsync(url => url.StartsWith(StripeConnectFake.CheckoutOrigin + "/", StringComparison.Ordinal));
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Stripe (fake)");
    }

    [Fact]
    public async Task AnArtistsPayoutSetUpReachesStripesOnboarding()
    {
        stripe.Stripe.AccountsStartEnabled = false;
        var (artistId, _) = await stripe.App.CreateAccountAsync("artist");
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await People.SignInAsync(stripe.App, page, artistId, Roles.Artist);

        await page.GotoAsync("/Dashboard/Payouts");
        await page.GetByRole(AriaRole.Button, new() { Name = "Connect payout account" }).ClickAsync();

        await page.WaitForURLAsync(url => url.StartsWith(StripeConnectFake.ConnectOrigin + "/setup/acct_", StringComparison.Ordinal));
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Stripe (fake)");
    }

    // A browser context whose requests to the fake's Stripe origins are answered in the browser: the fake's
    // addresses resolve nowhere, and what matters is that the browser went there at all.
    private async Task<IBrowserContext> NewContextAsync()
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = stripe.App.BaseAddress.ToString() });
        foreach (var origin in new[] { StripeConnectFake.CheckoutOrigin, StripeConnectFake.ConnectOrigin })
        {
            await context.RouteAsync(origin + "/**", route => route.FulfillAsync(new() { Status = 200, ContentType = "text/html", Body = "<!doctype html><title>Stripe</title><h1>Stripe (fake)</h1>" }));
        }

        return context;
    }
}
