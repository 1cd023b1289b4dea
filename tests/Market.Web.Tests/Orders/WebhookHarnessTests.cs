using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Market.Contracts.Orders;

namespace Market.Web.Tests.Orders;

/// <summary>Stripe's delivery as it really is: twice, out of order, late, forged, replayed long after.</summary>
public sealed class WebhookHarnessTests(MarketApp app) : IClassFixture<MarketApp>
{
    // Refunding 1200 of 2000 reverses 60 % of every part: exact to the micro, whichever way it arrives.
    private static readonly Dictionary<string, long> SixtyPercent =
        RefundsScenario.SaleParts.ToDictionary(p => p.Key, p => -p.Value * 6 / 10);

    [Fact]
    public async Task RefundEventsShuffledAndDeliveredTwiceTakeEffectOnce()
    {
        var shuffled = await RefundsScenario.BuyAsync(app);
        var inOrder = await RefundsScenario.BuyAsync(app);
        var (shuffledBefore, inOrderBefore) = (await shuffled.MoneyAsync(), await inOrder.MoneyAsync());
        var late = WebhookEvents.ChargeRefunded(app, await shuffled.OrderAsync(), 1200);
        var early = WebhookEvents.ChargeRefunded(app, await shuffled.OrderAsync(), 500);

        var answers = new List<HttpResponseMessage>();
        foreach (var stripeEvent in new[] { late, early, late, early })
        {
            answers.Add(await WebhookEvents.DeliverAsync(app, stripeEvent));
        }

        (await WebhookEvents.DeliverAsync(app, WebhookEvents.ChargeRefunded(app, await inOrder.OrderAsync(), 500))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await WebhookEvents.DeliverAsync(app, WebhookEvents.ChargeRefunded(app, await inOrder.OrderAsync(), 1200))).StatusCode.ShouldBe(HttpStatusCode.OK);

        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.OK);
        (await answers[2].Content.ReadFromJsonAsync<JsonElement>()).GetProperty("duplicate").GetBoolean().ShouldBeTrue();
        (await WebhookEvents.RecordedAsync(app, early.Id)).ShouldBeTrue();
        foreach (var sale in new[] { shuffled, inOrder })
        {
            var order = await sale.OrderAsync();
            order.RefundedMinor.ShouldBe(1200);
            order.Status.ShouldBe(OrderStatus.Paid);
            var change = RefundsScenario.Change(sale == shuffled ? shuffledBefore : inOrderBefore, await sale.MoneyAsync());
            foreach (var name in RefundsScenario.Parties.Append("pool"))
            {
                change[name].ShouldBe(SixtyPercent[name], name);
            }
        }

        // The platform's accounts are shared by both sales: each gave back 60 % of its commission, 12.00 in cash.
        var platform = RefundsScenario.Change(shuffledBefore, await inOrder.MoneyAsync());
        platform["platform"].ShouldBe(2 * SixtyPercent["platform"]);
        platform["cash"].ShouldBe(-24_000_000);

        (await shuffled.OrderAsync()).Refunds!.Count.ShouldBe(1);
        await shuffled.LedgerIsCleanAsync();
    }

    [Fact]
    public async Task AnEventSignedTwoHundredSecondsAgoIsStillApplied()
    {
        var sale = await RefundsScenario.BuyAsync(app);
        var refunded = WebhookEvents.ChargeRefunded(app, await sale.OrderAsync(), 500);

        var answer = await WebhookEvents.DeliverAsync(app, refunded, signedAt: DateTimeOffset.UtcNow.AddSeconds(-200));

        answer.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await sale.OrderAsync()).RefundedMinor.ShouldBe(500);
        (await WebhookEvents.RecordedAsync(app, refunded.Id)).ShouldBeTrue();
    }

    [Fact]
    public async Task ForgedTamperedAndStaleEventsAreRefusedAndRecordNothing()
    {
        var sale = await RefundsScenario.BuyAsync(app);
        var order = await sale.OrderAsync();
        var before = await sale.MoneyAsync();
        var transactionsBefore = await TransactionsAsync();
        var forged = WebhookEvents.ChargeRefunded(app, order, 2000);
        var stale = WebhookEvents.ChargeRefunded(app, order, 2000);
        var genuine = WebhookEvents.ChargeRefunded(app, order, 100);
        var tampered = genuine with { Payload = genuine.Payload.Replace("\"amount_refunded\":100", "\"amount_refunded\":2000", StringComparison.Ordinal) };
        tampered.Payload.ShouldNotBe(genuine.Payload);

        var answers = new[]
        {
            await WebhookEvents.DeliverAsync(app, forged, secret: "whsec_not_the_real_secret"),
            await WebhookEvents.DeliverAsync(app, stale, signedAt: DateTimeOffset.UtcNow.AddSeconds(-400)),
            await DeliverSignedForAsync(genuine, tampered),
        };

        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.BadRequest);
        (await answers[1].Content.ReadAsStringAsync()).ShouldContain("tolerance");
        foreach (var id in new[] { forged.Id, stale.Id, genuine.Id })
        {
            (await WebhookEvents.RecordedAsync(app, id)).ShouldBeFalse(id);
        }

        (await sale.OrderAsync()).RefundedMinor.ShouldBe(0);
        RefundsScenario.Change(before, await sale.MoneyAsync()).Values.ShouldAllBe(v => v == 0);
        (await TransactionsAsync()).ShouldBe(transactionsBefore);
    }

    [Fact]
    public async Task DisputeEventsOutOfOrderAndRepeatedReverseTheSaleOnce()
    {
        var sale = await RefundsScenario.BuyAsync(app);
        var order = await sale.OrderAsync();
        var lost = WebhookEvents.Dispute(app, order, DisputeStatus.Lost);
        var opened = WebhookEvents.Dispute(app, order, "needs_response");
        var lostAgain = WebhookEvents.Dispute(app, order, DisputeStatus.Lost);

        foreach (var stripeEvent in new[] { lost, opened, lost, lostAgain })
        {
            (await WebhookEvents.DeliverAsync(app, stripeEvent)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var after = await sale.OrderAsync();
        after.Status.ShouldBe(OrderStatus.Disputed);
        after.Dispute!.Status.ShouldBe(DisputeStatus.Lost);
        after.IsFrozen.ShouldBeFalse();
        var money = await sale.MoneyAsync();
        foreach (var name in RefundsScenario.Parties.Append("platform").Append("pool"))
        {
            money[name].ShouldBe(sale.BeforeSale[name], name);
        }

        (money["fees"] - sale.BeforeSale["fees"]).ShouldBe(880_000 + 15_000_000);
        (await sale.BalancesAsync()).Values.ShouldAllBe(b => b.GetProperty("holds").GetArrayLength() == 0);
        await sale.LedgerIsCleanAsync();
    }

    // The signature of one body sent with another: what a man in the middle changing the amount would do.
    private async Task<HttpResponseMessage> DeliverSignedForAsync(Market.Payments.Sandbox.SandboxEvent signedFor, Market.Payments.Sandbox.SandboxEvent sent)
    {
        var header = Stripe.EventUtility.GenerateSignatureHeader(signedFor.Payload, await WebhookEvents.SecretAsync(app), DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        using var client = app.Anonymous();
        using var content = new StringContent(sent.Payload, System.Text.Encoding.UTF8, "application/json");
        content.Headers.Add(Market.Payments.Webhooks.StripeWebhook.SignatureHeader, header);
        return await client.PostAsync(Market.Payments.PaymentRoutes.Webhook, content);
    }

    private async Task<long> TransactionsAsync()
    {
        using var admin = app.WithKey(MarketApp.AdminKey);
        return (await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/ledger/check")).GetProperty("transactions").GetInt64();
    }
}
