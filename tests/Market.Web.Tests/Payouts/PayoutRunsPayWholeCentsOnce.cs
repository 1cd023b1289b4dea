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
        (await PayoutCalls.BalanceAsync(client, artist)).GetProperty("pendingMicros").GetInt64().ShouldBe(16_252_000);

        using var admin = _app.WithKey(MarketApp.AdminKey);
        (await admin.PostAsync("/api/v1/admin/holds/mature", null)).EnsureSuccessStatusCode();

        var balance = await PayoutCalls.BalanceAsync(client, artist);
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

        var run = await PayoutCalls.RunAsync(_app);
        var runId = run.GetProperty("runId").GetString()!;
        var again = await PayoutCalls.RunAsync(_app, runId);

        var line = PayoutCalls.Line(again, artist);
        line.GetProperty("status").GetString().ShouldBe("paid");
        line.GetProperty("amountMicros").GetInt64().ShouldBe(16_250_000);
        line.GetProperty("transferId").GetString()!.ShouldStartWith("tr_sandbox_");
        line.GetProperty("transferId").GetString().ShouldBe(PayoutCalls.Line(run, artist).GetProperty("transferId").GetString());
        var balance = await PayoutCalls.BalanceAsync(client, artist);
        balance.GetProperty("paidMicros").GetInt64().ShouldBe(16_250_000);
        balance.GetProperty("availableMicros").GetInt64().ShouldBe(2_000);
        balance.GetProperty("inPayoutMicros").GetInt64().ShouldBe(0);
        await PayoutCalls.LedgerIsCleanAsync(_app);
    }

    [Fact]
    public async Task APartyBelowTheMinimumIsSkippedAndItsBalanceSaysWhy()
    {
        var (artist, client) = await SellAsync(100);
        (await client.PostAsync($"/api/v1/accounts/{artist}/payout-account", null)).EnsureSuccessStatusCode();

        var run = await PayoutCalls.RunAsync(_app);

        PayoutCalls.Line(run, artist).GetProperty("reason").GetString().ShouldBe("below threshold");
        var balance = await PayoutCalls.BalanceAsync(client, artist);
        balance.GetProperty("availableMicros").GetInt64().ShouldBe(569_500);
        balance.GetProperty("paidMicros").GetInt64().ShouldBe(0);
        Reasons(balance).ShouldBe(["below threshold"]);
        await PayoutCalls.LedgerIsCleanAsync(_app);
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

    private static List<string> Reasons(JsonElement balance) =>
        [.. balance.GetProperty("holds").EnumerateArray().Select(h => h.GetProperty("reason").GetString()!)];
}
