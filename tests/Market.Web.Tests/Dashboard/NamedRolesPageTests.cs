using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Market.Web.Tests.Api;

namespace Market.Web.Tests.Dashboard;

public sealed class NamedRolesPageTests(MarketApp app) : IClassFixture<MarketApp>
{
    [Fact]
    public async Task TheCoOwnerAcceptsOnTheDashboardAndTheArtistSeesWhoHadNotYet()
    {
        using var artist = await SiteUser.RegisterAsync(app, "namer");
        using var artistKey = app.WithKey(await artist.CreateApiKeyAsync());
        using var coOwner = await SiteUser.RegisterAsync(app, "named");
        await coOwner.Browser.GetStringAsync("/Dashboard");
        var (artistId, coOwnerId) = (await artist.PartyIdAsync(app), await coOwner.PartyIdAsync(app));
        var body = WorkRequests.Valid("Tidal Duet");
        body["owners"] = new object[] { new { accountId = artistId, sharePpm = 500_000 }, new { accountId = coOwnerId, sharePpm = 500_000 } };
        var id = await MarketApp.CreateWorkAsync(artistKey, body);

        (await coOwner.Browser.GetStringAsync("/Dashboard")).ShouldContain("data-testid=\"roles-waiting\"");
        (await coOwner.Browser.GetStringAsync("/Dashboard/NamedRoles")).ShouldContain($"href=\"/Works/{id}\">Tidal Duet</a>");
        (await artist.Browser.GetStringAsync("/Dashboard/NamedRoles")).ShouldContain("(a co-owner): pending");
        (await app.Anonymous().GetStringAsync($"/Works/{id}")).ShouldContain("data-testid=\"not-for-sale\"");
        using var add = new HttpRequestMessage(HttpMethod.Post, "/Cart/Add") { Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["workId"] = id, ["tier"] = "personal" }) };
        add.Headers.Add("Sec-Fetch-Site", "same-origin");
        var refused = await coOwner.Browser.SendAsync(add);
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Tidal Duet");

        var accepted = await coOwner.PostFormAsync("/Dashboard/NamedRoles", "/Dashboard/NamedRoles?handler=Accept", new() { ["workId"] = id });

        accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await accepted.Content.ReadAsStringAsync());
        (await coOwner.Browser.GetStringAsync(accepted.Headers.Location!.ToString())).ShouldContain("it is now for sale");
        (await artist.Browser.GetStringAsync("/Dashboard/NamedRoles")).ShouldContain("(a co-owner): accepted");
        (await app.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/works/{id}")).GetProperty("forSale").GetBoolean().ShouldBeTrue();
        (await app.Anonymous().GetStringAsync($"/Works/{id}")).ShouldNotContain("data-testid=\"not-for-sale\"");
    }

    [Fact]
    public async Task SomeoneNotNamedCannotAnswerFromTheirDashboard()
    {
        using var artist = await SiteUser.RegisterAsync(app, "namer");
        using var artistKey = app.WithKey(await artist.CreateApiKeyAsync());
        var (coOwnerId, _) = await app.CreateAccountAsync("artist");
        var body = WorkRequests.Valid("Unanswered Cove");
        body["owners"] = new object[] { new { accountId = coOwnerId, sharePpm = 1_000_000 } };
        var id = await MarketApp.CreateWorkAsync(artistKey, body);

        var refused = await artist.PostFormAsync("/Dashboard/NamedRoles", "/Dashboard/NamedRoles?handler=Accept", new() { ["workId"] = id });

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("You are not named on this work");
        (await app.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/works/{id}")).GetProperty("forSale").GetBoolean().ShouldBeFalse();
    }
}
