using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Market.Web.Tests.Orders;

public sealed class RefundsTests(MarketApp app) : IClassFixture<MarketApp>
{
    [Fact]
    public async Task APartialRefundTakesBackFromEveryPartyItsShareOfROverTheOriginalParts()
    {
        var sale = await RefundsScenario.BuyAsync(app);
        var before = await sale.MoneyAsync();

        var (status, body) = await sale.RefundAsync(new { lineId = "1", amountMinor = 333 });

        status.ShouldBe(HttpStatusCode.OK, body.ToString());
        body.GetProperty("status").GetString().ShouldBe("succeeded");
        body.GetProperty("orderStatus").GetString().ShouldBe("paid");
        body.GetProperty("orderRefundedMinor").GetInt64().ShouldBe(333);

        // R = N·r/P = 19,120,000 · 333 / 2000 = 3,183,480 micros, apportioned over the sale's seven parts:
        // the floors sum to 3,183,477 and the 3 leftover micros go to the largest remainders (.85, .74, .70).
        var expected = new Dictionary<string, long>
        {
            ["creator"] = -1_082_383, ["owner"] = -811_787, ["contributor1"] = -202_947, ["contributor2"] = -121_768,
            ["contributor3"] = -81_179, ["platform"] = -477_522, ["pool"] = -405_894,
            ["fees"] = 3_330_000 - 3_183_480, ["cash"] = -3_330_000,
        };
        RefundsScenario.Change(before, await sale.MoneyAsync()).ShouldBe(expected);
        expected.Where(e => e.Key is not ("fees" or "cash")).Sum(e => e.Value).ShouldBe(-3_183_480);
        await sale.LedgerIsCleanAsync();
    }

    [Fact]
    public async Task RefundingEverythingLeftReversesEveryPartExactlyAndMarksTheOrderRefunded()
    {
        var sale = await RefundsScenario.BuyAsync(app);
        (await sale.RefundAsync(new { amountMinor = 700 })).Status.ShouldBe(HttpStatusCode.OK);

        var (status, body) = await sale.RefundAsync(new { });

        status.ShouldBe(HttpStatusCode.OK, body.ToString());
        body.GetProperty("amountMinor").GetInt64().ShouldBe(1300);
        body.GetProperty("orderStatus").GetString().ShouldBe("refunded");
        var after = await sale.MoneyAsync();
        foreach (var name in RefundsScenario.Parties.Append("platform").Append("pool"))
        {
            after[name].ShouldBe(sale.BeforeSale[name], name);
        }

        // The buyer has every cent back; the 88¢ processing fee Stripe keeps is the platform's cost.
        (after["fees"] - sale.BeforeSale["fees"]).ShouldBe(880_000);
        (after["cash"] - sale.BeforeSale["cash"]).ShouldBe(-880_000);
        var again = await sale.RefundAsync(new { amountMinor = 1 });
        again.Status.ShouldBe(HttpStatusCode.BadRequest);
        again.Body.GetProperty("errors").GetProperty("amountMinor")[0].GetString()!.ShouldContain("Nothing is left");
        await sale.LedgerIsCleanAsync();
    }

    [Fact]
    public async Task ARefundLargerThanWhatIsLeftIsRefusedNamingAmountMinorAndChangesNothing()
    {
        var sale = await RefundsScenario.BuyAsync(app);
        (await sale.RefundAsync(new { lineId = "1", amountMinor = 1500 })).Status.ShouldBe(HttpStatusCode.OK);
        var before = await sale.MoneyAsync();

        var tooMuch = await sale.RefundAsync(new { lineId = "1", amountMinor = 501 });
        var noLine = await sale.RefundAsync(new { lineId = "7", amountMinor = 100 });
        var zero = await sale.RefundAsync(new { amountMinor = 0 });

        tooMuch.Status.ShouldBe(HttpStatusCode.BadRequest);
        tooMuch.Body.GetProperty("errors").GetProperty("amountMinor")[0].GetString()!.ShouldContain("more than is left to refund on line 1 (500)");
        noLine.Status.ShouldBe(HttpStatusCode.BadRequest);
        noLine.Body.GetProperty("errors").GetProperty("lineId")[0].GetString()!.ShouldContain("no line '7'");
        zero.Status.ShouldBe(HttpStatusCode.BadRequest);
        zero.Body.GetProperty("errors").TryGetProperty("amountMinor", out _).ShouldBeTrue();
        RefundsScenario.Change(before, await sale.MoneyAsync()).Values.ShouldAllBe(v => v == 0);
        (await sale.OrderAsync()).RefundedMinor.ShouldBe(1500);
    }

    [Fact]
    public async Task RepeatingARefundWithTheSameIdempotencyKeyRefundsOnce()
    {
        var sale = await RefundsScenario.BuyAsync(app);
        var before = await sale.MoneyAsync();

        var first = await sale.RefundAsync(new { amountMinor = 500 }, "admin-click-1");
        var second = await sale.RefundAsync(new { amountMinor = 500 }, "admin-click-1");
        var reused = await sale.RefundAsync(new { amountMinor = 600 }, "admin-click-1");

        first.Status.ShouldBe(HttpStatusCode.OK);
        second.Status.ShouldBe(HttpStatusCode.OK);
        second.Body.GetProperty("refundId").GetString().ShouldBe(first.Body.GetProperty("refundId").GetString());
        reused.Status.ShouldBe(HttpStatusCode.Conflict);
        (await sale.OrderAsync()).RefundedMinor.ShouldBe(500);
        RefundsScenario.Change(before, await sale.MoneyAsync())["cash"].ShouldBe(-5_000_000);
    }

    [Fact]
    public async Task AnOrderLevelRefundIsSpreadOverTheLinesByPrice()
    {
        var (artistA, keyA) = await app.CreateAccountAsync("artist");
        var (artistB, keyB) = await app.CreateAccountAsync("artist");
        var (_, buyerKey) = await app.CreateAccountAsync("buyer");
        using var a = app.WithKey(keyA);
        using var b = app.WithKey(keyB);
        using var buyer = app.WithKey(buyerKey);
        var workA = await MarketApp.CreateWorkAsync(a, Api.WorkRequests.Valid("Line one"));
        var workB = await MarketApp.CreateWorkAsync(b, Api.WorkRequests.Valid("Line two"));
        var (orderId, checkoutUrl, amount) = await SandboxBuyer.OrderAsync(buyer, (workA, "personal"), (workB, "standard"));
        amount.ShouldBe(8000);
        await SandboxBuyer.PayAsync(app, checkoutUrl);
        var pendingA = await PendingAsync(a, artistA);
        var pendingB = await PendingAsync(b, artistB);

        using var admin = app.WithKey(MarketApp.AdminKey);
        var response = await admin.PostAsync($"/api/v1/admin/orders/{orderId}/refunds", JsonContent.Create(new { amountMinor = 1000 }));

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body.ToString());
        body.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("refundedMinor").GetInt64()).ShouldBe([250, 750]);

        // Fee 262¢ over 2000:6000 is 66/196 (the tie goes to line 1): N = 19,340,000 and 58,040,000 micros.
        // R = N·r/P = 2,417,500 and 7,255,000; the artists hold 85 % of each sale, so 85 % of each R.
        (pendingA - await PendingAsync(a, artistA)).ShouldBe(2_054_875);
        (pendingB - await PendingAsync(b, artistB)).ShouldBe(6_166_750);
    }

    private static async Task<long> PendingAsync(HttpClient client, string partyId) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/accounts/{partyId}/balance")).GetProperty("pendingMicros").GetInt64();
}
