using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Market.Domain.Parties;
using Market.Web.Tests.Api;
using Market.Web.Tests.Orders;

namespace Market.Web.Tests.Payouts;

/// <summary>Done-when 5: <c>POST /api/v1/admin/payout-runs</c> runs one now and returns its id; the admin page lists its transfers.</summary>
public sealed class AdminRunsAPayoutAndSeesItsTransfers(NoHoldApp fixture) : IClassFixture<NoHoldApp>
{
    private readonly MarketApp _app = fixture.App;

    [Fact]
    public async Task ARunStartedThroughTheApiIsShownOnTheAdminPageWithItsTransfer()
    {
        var (artist, key) = await _app.CreateAccountAsync("artist");
        using var client = _app.WithKey(key);
        var work = await MarketApp.CreateWorkAsync(client, WorkRequests.WithOffers(WorkRequests.Valid("Admin run piece"), ("personal", 2000)));
        (await client.PostAsync($"/api/v1/accounts/{artist}/payout-account", null)).EnsureSuccessStatusCode();
        var (_, buyerKey) = await _app.CreateAccountAsync("buyer");
        using (var buyer = _app.WithKey(buyerKey)) await SandboxBuyer.BuyAsync(_app, buyer, work, "personal");

        using var admin = _app.WithKey(MarketApp.AdminKey);
        var response = await admin.PostAsJsonAsync("/api/v1/admin/payout-runs", new { });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var run = await response.Content.ReadFromJsonAsync<JsonElement>();
        var runId = run.GetProperty("runId").GetString()!;
        var transferId = run.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("partyId").GetString() == artist).GetProperty("transferId").GetString()!;

        using var browser = await PageSignIn.AsAsync(_app, Roles.Admin);
        var page = await browser.GetStringAsync("/Admin/PayoutRuns");

        page.ShouldContain(runId);
        page.ShouldContain(transferId);
        page.ShouldContain(artist);
        page.ShouldContain("$16.25");
        (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/payout-runs/{runId}")).GetProperty("status").GetString().ShouldBe("completed");
    }
}
