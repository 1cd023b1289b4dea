using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Market.Domain.Parties;
using Market.Web.Tests.Api;
using Market.Web.Tests.Orders;

namespace Market.Web.Tests.Payouts;

/// <summary>
/// Done-when 4: a refund of a sale already paid out leaves the party owing; its next earnings pay that
/// off first and the next payout pays only the rest; the ledger check stays clean throughout.
/// </summary>
public sealed class RefundsAfterPayoutAreNettedOff(NoHoldApp fixture) : IClassFixture<NoHoldApp>
{
    private readonly MarketApp _app = fixture.App;

    [Fact]
    public async Task AFullRefundAfterPayoutIsNettedAgainstTheNextSaleAndOnlyTheNetIsPaid()
    {
        var (artist, key) = await _app.CreateAccountAsync("artist");
        using var client = _app.WithKey(key);
        var first = await MarketApp.CreateWorkAsync(client, WorkRequests.WithOffers(WorkRequests.Valid("Refunded piece"), ("personal", 2000)));
        var second = await MarketApp.CreateWorkAsync(client, WorkRequests.WithOffers(WorkRequests.Valid("Later piece"), ("personal", 4000)));
        (await client.PostAsync($"/api/v1/accounts/{artist}/payout-account", null)).EnsureSuccessStatusCode();
        var (_, buyerKey) = await _app.CreateAccountAsync("buyer");
        using var buyer = _app.WithKey(buyerKey);
        var refunded = await SandboxBuyer.BuyAsync(_app, buyer, first, "personal");

        PayoutCalls.Line(await PayoutCalls.RunAsync(_app), artist).GetProperty("amountMicros").GetInt64().ShouldBe(16_250_000);
        await RefundAsync(refunded);

        // The whole 16,252,000 share comes back: the 2,000 still available, and 16,250,000 already paid now owed.
        var owing = await PayoutCalls.BalanceAsync(client, artist);
        owing.GetProperty("availableMicros").GetInt64().ShouldBe(0);
        owing.GetProperty("receivableMicros").GetInt64().ShouldBe(16_250_000);
        await PayoutCalls.LedgerIsCleanAsync(_app);

        await SandboxBuyer.BuyAsync(_app, buyer, second, "personal");
        var share = await ShareAsync(second, 4000, artist);
        var next = PayoutCalls.Line(await PayoutCalls.RunAsync(_app), artist);

        var net = share - 16_250_000;
        next.GetProperty("status").GetString().ShouldBe("paid");
        next.GetProperty("amountMicros").GetInt64().ShouldBe(net / 10_000 * 10_000);
        var after = await PayoutCalls.BalanceAsync(client, artist);
        after.GetProperty("receivableMicros").GetInt64().ShouldBe(0);
        after.GetProperty("paidMicros").GetInt64().ShouldBe(16_250_000 + (net / 10_000 * 10_000));
        after.GetProperty("availableMicros").GetInt64().ShouldBe(net % 10_000);
        await PayoutCalls.LedgerIsCleanAsync(_app);
    }

    private async Task RefundAsync(string orderId)
    {
        using var admin = _app.WithKey(MarketApp.AdminKey);
        var response = await admin.PostAsJsonAsync($"/api/v1/admin/orders/{orderId}/refunds", new { });
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
    }

    private async Task<long> ShareAsync(string workId, long priceMinor, string artist)
    {
        using var anonymous = _app.Anonymous();
        var split = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/works/{workId}/royalty-split?priceMinor={priceMinor}");
        return split.GetProperty("lines").EnumerateArray().Where(l => l.GetProperty("partyId").GetString() == artist).Sum(l => l.GetProperty("amountMicros").GetInt64());
    }
}
