using System.Net;
using Market.Web.Tests.Api;

namespace Market.Web.Tests.Dashboard;

public sealed class OffersPageTests(MarketApp app) : IClassFixture<MarketApp>
{
    [Fact]
    public async Task TheFormShowsThePricesInForceAndSavingThemShowsOnTheCachedWorkPageAtOnce()
    {
        using var owner = await SiteUser.RegisterAsync(app, "pricer");
        using var withKey = app.WithKey(await owner.CreateApiKeyAsync());
        var id = await MarketApp.CreateWorkAsync(withKey, WorkRequests.Valid("Priced Pier"));
        (await owner.Browser.GetStringAsync("/Dashboard")).ShouldContain($"href=\"/Dashboard/Offers/{id}\"");
        using var visitor = app.Anonymous();
        await visitor.GetStringAsync($"/Works/{id}");
        using var stored = await visitor.GetAsync($"/Works/{id}");
        stored.Headers.Age.ShouldNotBeNull();

        var form = await owner.Browser.GetStringAsync($"/Dashboard/Offers/{id}");
        form.ShouldContain("""<label for="price-personal" """);
        form.ShouldContain("name=\"Prices[personal]\" value=\"20.00\"");
        form.ShouldContain("name=\"Prices[standard]\" value=\"60.00\"");
        var saved = await owner.PostFormAsync($"/Dashboard/Offers/{id}", new() { ["Prices[personal]"] = "24.50", ["Prices[standard]"] = "" });

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        (await owner.Browser.GetStringAsync(saved.Headers.Location!.ToString())).ShouldContain("Prices saved.");
        using var after = await visitor.GetAsync($"/Works/{id}");
        after.Headers.Age.ShouldBeNull("the change evicted the stored page");
        var page = await after.Content.ReadAsStringAsync();
        page.ShouldContain("$24.50");
        page.ShouldNotContain("$60.00");
    }

    [Fact]
    public async Task AnInvalidPriceIsShownBesideItsFieldAndNothingChanges()
    {
        using var owner = await SiteUser.RegisterAsync(app, "pricer");
        using var withKey = app.WithKey(await owner.CreateApiKeyAsync());
        var id = await MarketApp.CreateWorkAsync(withKey, WorkRequests.Valid());

        var typo = await owner.PostFormAsync($"/Dashboard/Offers/{id}", new() { ["Prices[personal]"] = "12,5o", ["Prices[standard]"] = "60" });
        var tooHigh = await owner.PostFormAsync($"/Dashboard/Offers/{id}", new() { ["Prices[extended]"] = "1000000.01" });
        var none = await owner.PostFormAsync($"/Dashboard/Offers/{id}", new() { ["Prices[personal]"] = " " });

        typo.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await typo.Content.ReadAsStringAsync()).ShouldContain("""data-testid="error-personal">The personal price &#x27;12,5o&#x27; is not an amount""");
        (await tooHigh.Content.ReadAsStringAsync()).ShouldContain("""data-testid="error-extended">The price is above""");
        (await none.Content.ReadAsStringAsync()).ShouldContain("""data-testid="error-Prices">At least one offer""");
        (await withKey.GetStringAsync($"/api/v1/works/{id}")).ShouldContain("\"priceMinor\":6000");
    }
}
