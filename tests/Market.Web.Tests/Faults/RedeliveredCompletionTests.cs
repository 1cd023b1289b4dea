using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Market.Contracts.Orders;
using Market.Web.Tests.Orders;

namespace Market.Web.Tests.Faults;

/// <summary>Stripe redelivering the payment's completion: at once, late, and mixed with the refund that followed it.</summary>
public sealed class RedeliveredCompletionTests(MarketApp app) : IClassFixture<MarketApp>
{
    [Fact]
    public async Task ACompletionDeliveredTenTimesAtOnceLateAndAmongRefundsFulfilsTheOrderOnce()
    {
        var sale = await RefundsScenario.BuyAsync(app);
        var paid = await sale.OrderAsync();
        var (moneyAfterSale, transactionsAfterSale) = (await sale.MoneyAsync(), await TransactionsAsync());
        var completion = (await WebhookEvents.CompletionsAsync(app, [sale.OrderId])).Single();

        var atOnce = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => WebhookEvents.DeliverAsync(app, completion)));
        var refund = WebhookEvents.ChargeRefunded(app, paid, 500);
        var mixed = new List<HttpResponseMessage>
        {
            await WebhookEvents.DeliverAsync(app, refund),
            await WebhookEvents.DeliverAsync(app, completion, signedAt: DateTimeOffset.UtcNow.AddSeconds(-250)),
            await WebhookEvents.DeliverAsync(app, refund),
            await WebhookEvents.DeliverAsync(app, completion),
        };

        atOnce.Concat(mixed).ShouldAllBe(a => a.StatusCode == HttpStatusCode.OK);
        foreach (var answer in atOnce) (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("duplicate").GetBoolean().ShouldBeTrue();
        var order = await sale.OrderAsync();
        order.Status.ShouldBe(OrderStatus.Paid);
        order.LicenseIds.ShouldBe(paid.LicenseIds);
        order.Payment!.EventId.ShouldBe(paid.Payment!.EventId);
        order.RefundedMinor.ShouldBe(500);
        // The completions changed nothing; the one refund is one more transaction, 25 % of every part back.
        (await TransactionsAsync()).ShouldBe(transactionsAfterSale + 1);
        var change = RefundsScenario.Change(moneyAfterSale, await sale.MoneyAsync());
        foreach (var name in RefundsScenario.Parties) change[name].ShouldBe(-RefundsScenario.SaleParts[name] / 4, name);
        await sale.LedgerIsCleanAsync();
    }

    private async Task<long> TransactionsAsync()
    {
        using var admin = app.WithKey(MarketApp.AdminKey);
        return (await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/ledger/check")).GetProperty("transactions").GetInt64();
    }
}
