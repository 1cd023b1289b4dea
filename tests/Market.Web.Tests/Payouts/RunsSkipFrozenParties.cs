using System.Net.Http.Json;
using Market.Web.Tests.Api;
using Market.Web.Tests.Orders;

namespace Market.Web.Tests.Payouts;

/// <summary>Eligibility leaves out earnings frozen by an open dispute, and says so on the run and the balance.</summary>
public sealed class RunsSkipFrozenParties(NoHoldApp fixture) : IClassFixture<NoHoldApp>
{
    private readonly MarketApp _app = fixture.App;

    [Fact]
    public async Task AnEnabledPartyWhoseOnlySaleIsDisputedIsSkippedAsFrozenByDispute()
    {
        var (artist, key) = await _app.CreateAccountAsync("artist");
        using var client = _app.WithKey(key);
        var work = await MarketApp.CreateWorkAsync(client, WorkRequests.WithOffers(WorkRequests.Valid("Disputed piece"), ("personal", 2000)));
        (await client.PostAsync($"/api/v1/accounts/{artist}/payout-account", null)).EnsureSuccessStatusCode();
        var (_, buyerKey) = await _app.CreateAccountAsync("buyer");
        using var buyer = _app.WithKey(buyerKey);
        var order = await SandboxBuyer.BuyAsync(_app, buyer, work, "personal");
        using var admin = _app.WithKey(MarketApp.AdminKey);
        (await admin.PostAsJsonAsync($"/api/v1/admin/orders/{order}/disputes", new { outcome = "open" })).EnsureSuccessStatusCode();

        var line = PayoutCalls.Line(await PayoutCalls.RunAsync(_app), artist);
        var balance = await PayoutCalls.BalanceAsync(client, artist);

        line.GetProperty("status").GetString().ShouldBe("skipped");
        line.GetProperty("reason").GetString().ShouldBe("frozen by dispute");
        balance.GetProperty("paidMicros").GetInt64().ShouldBe(0);
        balance.GetProperty("holds").EnumerateArray().Select(h => h.GetProperty("reason").GetString()).ShouldContain("frozen by dispute");
        await PayoutCalls.LedgerIsCleanAsync(_app);
    }
}
