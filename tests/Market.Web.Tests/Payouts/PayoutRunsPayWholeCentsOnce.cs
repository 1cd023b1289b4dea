using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Market.Web.Tests.Api;
using Market.Web.Tests.Orders;

namespace Market.Web.Tests.Payouts;

public sealed class PayoutRunsPayWholeCentsOnce(NoHoldApp fixture) : IClassFixture<NoHoldApp>
{
    private readonly MarketApp _app = fixture.App;

    [Fact]
    public async Task ASalesEarningsArePendingThenAvailableOnceTheHoldEnds()
    {
        var (artist, client) = await SellAsync(2000);
        (await BalanceAsync(client, artist)).GetProperty("pendingMicros").GetInt64().ShouldBe(16_252_000);

        using var admin = _app.WithKey(MarketApp.AdminKey);
        (await admin.PostAsync("/api/v1/admin/holds/mature", null)).EnsureSuccessStatusCode();

        var balance = await BalanceAsync(client, artist);
        balance.GetProperty("pendingMicros").GetInt64().ShouldBe(0);
        balance.GetProperty("availableMicros").GetInt64().ShouldBe(16_252_000);
        Reasons(balance).ShouldContain("payout account needs action");
    }

    [Fact]
    public async Task AnEnabledPartyAboveTheMinimumIsPaidWholeCentsOnceAndKeepsTheRest()
    {
        var (artist, client) = await SellAsync(2000);
        var connected = await (await client.PostAsync($"/api/v1/accounts/{artist}/payout-account", null)).Content.ReadFromJsonAsync<JsonElement>();
        connected.GetProperty("status").GetString().ShouldBe("enabled");

        var run = await RunAsync(null);
        var runId = run.GetProperty("runId").GetString()!;
        var again = await RunAsync(runId);

        var line = Line(again, artist);
        line.GetProperty("status").GetString().ShouldBe("paid");
        line.GetProperty("amountMicros").GetInt64().ShouldBe(16_250_000);
        line.GetProperty("transferId").GetString()!.ShouldStartWith("tr_sandbox_");
        line.GetProperty("transferId").GetString().ShouldBe(Line(run, artist).GetProperty("transferId").GetString());
        var balance = await BalanceAsync(client, artist);
        balance.GetProperty("paidMicros").GetInt64().ShouldBe(16_250_000);
        balance.GetProperty("availableMicros").GetInt64().ShouldBe(2_000);
        balance.GetProperty("inPayoutMicros").GetInt64().ShouldBe(0);
        await LedgerIsCleanAsync();
    }

    [Fact]
    public async Task APartyBelowTheMinimumIsSkippedAndItsBalanceSaysWhy()
    {
        var (artist, client) = await SellAsync(100);
        (await client.PostAsync($"/api/v1/accounts/{artist}/payout-account", null)).EnsureSuccessStatusCode();

        var run = await RunAsync(null);

        Line(run, artist).GetProperty("reason").GetString().ShouldBe("below threshold");
        var balance = await BalanceAsync(client, artist);
        balance.GetProperty("availableMicros").GetInt64().ShouldBe(569_500);
        balance.GetProperty("paidMicros").GetInt64().ShouldBe(0);
        Reasons(balance).ShouldBe(["below threshold"]);
        await LedgerIsCleanAsync();
    }

    private async Task<(string Artist, HttpClient Client)> SellAsync(long priceMinor)
    {
        var (artist, key) = await _app.CreateAccountAsync("artist");
        var (_, buyerKey) = await _app.CreateAccountAsync("buyer");
        var client = _app.WithKey(key);
        var work = await MarketApp.CreateWorkAsync(client, WorkRequests.WithOffers(WorkRequests.Valid("Payout piece"), ("personal", priceMinor)));
        using var buyer = _app.WithKey(buyerKey);
        await SandboxBuyer.BuyAsync(_app, buyer, work, "personal");
        return (artist, client);
    }

    private async Task<JsonElement> RunAsync(string? runId)
    {
        using var admin = _app.WithKey(MarketApp.AdminKey);
        var response = await admin.PostAsJsonAsync("/api/v1/admin/payout-runs", new { runId });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task LedgerIsCleanAsync()
    {
        using var admin = _app.WithKey(MarketApp.AdminKey);
        var check = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/ledger/check");
        check.GetProperty("ok").GetBoolean().ShouldBeTrue(check.ToString());
    }

    private static async Task<JsonElement> BalanceAsync(HttpClient client, string id) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/accounts/{id}/balance");

    private static JsonElement Line(JsonElement run, string partyId) =>
        run.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("partyId").GetString() == partyId);

    private static List<string> Reasons(JsonElement balance) =>
        [.. balance.GetProperty("holds").EnumerateArray().Select(h => h.GetProperty("reason").GetString()!)];
}
