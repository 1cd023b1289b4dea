using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Market.Contracts.Orders;

namespace Market.Web.Tests.Orders;

public sealed class DisputesTests(MarketApp app) : IClassFixture<MarketApp>
{
    [Fact]
    public async Task ALostDisputeAfterAPartialRefundReversesTheRestExactlyAndBooksStripesFee()
    {
        var sale = await RefundsScenario.BuyAsync(app);
        (await sale.RefundAsync(new { lineId = "1", amountMinor = 333 })).Status.ShouldBe(HttpStatusCode.OK);
        var afterRefund = await sale.MoneyAsync();

        (await SimulateAsync(sale, "open")).GetProperty("status").GetString().ShouldBe(OrderStatus.Disputed);
        var frozen = await sale.BalancesAsync();
        foreach (var name in RefundsScenario.Parties)
        {
            var hold = frozen[name].GetProperty("holds").EnumerateArray().Single(h => h.GetProperty("reason").GetString() == "frozen by dispute");
            hold.GetProperty("amountMicros").GetInt64().ShouldBe(afterRefund[name], name);
        }

        (await sale.RefundAsync(new { amountMinor = 100 })).Status.ShouldBe(HttpStatusCode.Conflict);
        var closed = await SimulateAsync(sale, "lost");

        closed.GetProperty("dispute").GetProperty("status").GetString().ShouldBe(DisputeStatus.Lost);
        var after = await sale.MoneyAsync();
        foreach (var name in RefundsScenario.Parties.Append("platform").Append("pool"))
        {
            after[name].ShouldBe(sale.BeforeSale[name], name);
        }

        // Stripe keeps the 88¢ processing fee and takes its 15.00 dispute fee: both are the platform's costs.
        (after["fees"] - sale.BeforeSale["fees"]).ShouldBe(880_000 + 15_000_000);
        (after["cash"] - sale.BeforeSale["cash"]).ShouldBe(-880_000 - 15_000_000);
        (await sale.BalancesAsync()).Values.ShouldAllBe(b => b.GetProperty("holds").GetArrayLength() == 0);
        await sale.LedgerIsCleanAsync();
    }

    [Fact]
    public async Task AWonDisputeReleasesTheFrozenEarningsAndTheOrderIsPaidAgain()
    {
        var sale = await RefundsScenario.BuyAsync(app);
        var paid = await sale.MoneyAsync();

        await SimulateAsync(sale, "open");
        (await sale.OrderAsync()).IsFrozen.ShouldBeTrue();
        var won = await SimulateAsync(sale, "won");

        won.GetProperty("status").GetString().ShouldBe(OrderStatus.Paid);
        won.GetProperty("dispute").GetProperty("status").GetString().ShouldBe(DisputeStatus.Won);
        RefundsScenario.Change(paid, await sale.MoneyAsync()).Values.ShouldAllBe(v => v == 0);
        foreach (var (name, balance) in await sale.BalancesAsync())
        {
            var holds = balance.GetProperty("holds").EnumerateArray().ToList();
            holds.ShouldNotContain(h => h.GetProperty("reason").GetString() == "frozen by dispute", name);
            holds.Sum(h => h.GetProperty("amountMicros").GetInt64()).ShouldBe(RefundsScenario.SaleParts[name], name);
        }

        (await sale.RefundAsync(new { amountMinor = 100 })).Status.ShouldBe(HttpStatusCode.OK);
        await sale.LedgerIsCleanAsync();
    }

    [Fact]
    public async Task DisputesAreSimulatedOnlyForPaidOrdersAndKnownOutcomes()
    {
        var sale = await RefundsScenario.BuyAsync(app);
        using var admin = app.WithKey(MarketApp.AdminKey);

        var unknown = await admin.PostAsJsonAsync($"/api/v1/admin/orders/{sale.OrderId}/disputes", new { outcome = "maybe" });
        var missing = await admin.PostAsJsonAsync("/api/v1/admin/orders/o_none/disputes", new { outcome = "open" });

        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("outcome", out _).ShouldBeTrue();
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await sale.OrderAsync()).Dispute.ShouldBeNull();
    }

    private static async Task<JsonElement> SimulateAsync(RefundsScenario sale, string outcome)
    {
        using var admin = sale.App.WithKey(MarketApp.AdminKey);
        var response = await admin.PostAsJsonAsync($"/api/v1/admin/orders/{sale.OrderId}/disputes", new { outcome });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body.ToString());
        return body;
    }
}
