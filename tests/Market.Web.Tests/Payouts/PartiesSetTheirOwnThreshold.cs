using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Market.Domain.Parties;
using Market.Web.Tests.Api;
using Market.Web.Tests.Orders;

namespace Market.Web.Tests.Payouts;

/// <summary>A party's own threshold: a run pays it only when available ≥ max(platform minimum, its threshold).</summary>
public sealed partial class PartiesSetTheirOwnThreshold(NoHoldApp fixture) : IClassFixture<NoHoldApp>
{
    private readonly MarketApp _app = fixture.App;

    [Fact]
    public async Task APartyAboveThePlatformMinimumButBelowItsOwnThresholdRollsOverUntilItLowersIt()
    {
        var (artist, client) = await SoldAndConnectedAsync(2000);
        var set = await client.PutAsJsonAsync($"/api/v1/accounts/{artist}/payout-settings", new { thresholdMinor = 5000 });
        set.StatusCode.ShouldBe(HttpStatusCode.OK, await set.Content.ReadAsStringAsync());
        (await set.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("thresholdMinor").GetInt64().ShouldBe(5000);

        var skipped = PayoutCalls.Line(await PayoutCalls.RunAsync(_app), artist);
        var balance = await client.GetFromJsonAsync<JsonElement>($"/api/v1/accounts/{artist}/balance");

        skipped.GetProperty("status").GetString().ShouldBe("skipped");
        skipped.GetProperty("reason").GetString().ShouldBe("below threshold");
        balance.GetProperty("availableMicros").GetInt64().ShouldBe(16_252_000);
        balance.GetProperty("holds").EnumerateArray().Select(h => h.GetProperty("reason").GetString()).ShouldBe(["below threshold"]);

        (await client.PutAsJsonAsync($"/api/v1/accounts/{artist}/payout-settings", new { thresholdMinor = (long?)null })).EnsureSuccessStatusCode();
        var paid = PayoutCalls.Line(await PayoutCalls.RunAsync(_app), artist);

        paid.GetProperty("status").GetString().ShouldBe("paid");
        paid.GetProperty("amountMicros").GetInt64().ShouldBe(16_250_000);
    }

    [Fact]
    public async Task AThresholdOutOfRangeIsRefusedNamingTheFieldAndNothingChanges()
    {
        var (artist, client) = await SoldAndConnectedAsync(100);

        var negative = await client.PutAsJsonAsync($"/api/v1/accounts/{artist}/payout-settings", new { thresholdMinor = -1 });
        var notANumber = await client.PutAsJsonAsync($"/api/v1/accounts/{artist}/payout-settings", new { thresholdMinor = "ten" });
        var (other, _) = await _app.CreateAccountAsync("artist");
        var someoneElse = await client.PutAsJsonAsync($"/api/v1/accounts/{other}/payout-settings", new { thresholdMinor = 2000 });

        negative.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await negative.Content.ReadAsStringAsync()).ShouldContain("thresholdMinor");
        notANumber.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await notANumber.Content.ReadAsStringAsync()).ShouldContain("thresholdMinor");
        someoneElse.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var account = await client.GetFromJsonAsync<JsonElement>($"/api/v1/accounts/{artist}/payout-account");
        account.TryGetProperty("thresholdMinor", out _).ShouldBeFalse(account.ToString());
    }

    [Fact]
    public async Task TheDashboardFormKeepsABadAmountBesideTheFieldAndSavesAGoodOne()
    {
        using var browser = await PageSignIn.AsAsync(_app, Roles.Artist);
        var page = await browser.GetStringAsync("/Dashboard/Payouts");

        var bad = await browser.PostAsync("/Dashboard/Payouts?handler=Threshold", PageSignIn.Form(page, ("Threshold", "ten dollars")));
        var shown = await bad.Content.ReadAsStringAsync();
        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        ThresholdError().Match(shown).Groups[1].Value.ShouldContain("is not an amount like 25.00");

        var good = await browser.PostAsync("/Dashboard/Payouts?handler=Threshold", PageSignIn.Form(shown, ("Threshold", "25.00")));
        good.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await browser.GetStringAsync("/Dashboard/Payouts");
        after.ShouldContain("value=\"25.00\"");
        after.ShouldContain("Payouts wait until your available balance reaches $25.00");
    }

    [Fact]
    public async Task TheDashboardShowsABalanceUnderTheOwnThresholdAsBelowThreshold()
    {
        using var browser = await PageSignIn.AsAsync(_app, Roles.Artist);
        var keys = await browser.GetStringAsync("/Account/ApiKeys");
        var created = await (await browser.PostAsync("/Account/ApiKeys?handler=Create", PageSignIn.Form(keys))).Content.ReadAsStringAsync();
        using var client = _app.WithKey(NewKey().Match(created).Groups[1].Value);
        var work = await MarketApp.CreateWorkAsync(client, WorkRequests.WithOffers(WorkRequests.Valid("Dashboard piece"), ("personal", 2000)));
        var payouts = await browser.GetStringAsync("/Dashboard/Payouts");
        (await browser.PostAsync("/Dashboard/Payouts", PageSignIn.Form(payouts))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.PostAsync("/Dashboard/Payouts?handler=Threshold", PageSignIn.Form(payouts, ("Threshold", "25.00")))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, buyerKey) = await _app.CreateAccountAsync("buyer");
        using (var buyer = _app.WithKey(buyerKey)) await SandboxBuyer.BuyAsync(_app, buyer, work, "personal");

        await PayoutCalls.RunAsync(_app);
        var dashboard = await browser.GetStringAsync("/Dashboard");

        dashboard.ShouldContain("$16.252: below threshold");
    }

    private async Task<(string Artist, HttpClient Client)> SoldAndConnectedAsync(long priceMinor)
    {
        var (artist, key) = await _app.CreateAccountAsync("artist");
        var client = _app.WithKey(key);
        var work = await MarketApp.CreateWorkAsync(client, WorkRequests.WithOffers(WorkRequests.Valid("Threshold piece"), ("personal", priceMinor)));
        var (_, buyerKey) = await _app.CreateAccountAsync("buyer");
        using var buyer = _app.WithKey(buyerKey);
        await SandboxBuyer.BuyAsync(_app, buyer, work, "personal");
        (await client.PostAsync($"/api/v1/accounts/{artist}/payout-account", null)).EnsureSuccessStatusCode();
        return (artist, client);
    }

    [GeneratedRegex("data-testid=\"new-key\">([^<]+)<")]
    private static partial Regex NewKey();

    [GeneratedRegex("data-valmsg-for=\"Threshold\"[^>]*>([^<]*)<")]
    private static partial Regex ThresholdError();
}
