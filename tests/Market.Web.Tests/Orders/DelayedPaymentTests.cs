using System.Text.Json.Nodes;
using Market.Contracts.Orders;
using Market.Web.Tests.Faults;

namespace Market.Web.Tests.Orders;

/// <summary>
/// A delayed payment method through the signed webhook: the checkout completes unpaid (the order waits),
/// then Stripe reports the payment succeeded (fulfilled, once) or failed (closed, nothing posted).
/// </summary>
public sealed class DelayedPaymentTests(UndeliveredSandboxApp fixture) : IClassFixture<UndeliveredSandboxApp>
{
    private const string Succeeded = "checkout.session.async_payment_succeeded";
    private const string Failed = "checkout.session.async_payment_failed";

    [Fact]
    public async Task ACompletionNotYetPaidFulfilsNothingAndTheOrderWaits()
    {
        var (orderId, completion) = await UndeliveredAsync();
        var transactionsBefore = await fixture.LedgerTransactionsAsync();

        var response = await WebhookEvents.DeliverAsync(fixture.App, Unpaid(completion));

        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        await ShouldBeUnfulfilledAsync(orderId, OrderStatus.Pending, transactionsBefore);
    }

    [Fact]
    public async Task ASucceededDelayedPaymentFulfilsTheOrderOnceLikeAPaidCompletion()
    {
        var (orderId, completion) = await UndeliveredAsync(lines: 2);
        (await WebhookEvents.DeliverAsync(fixture.App, Unpaid(completion))).IsSuccessStatusCode.ShouldBeTrue();
        var transactionsBefore = await fixture.LedgerTransactionsAsync();
        var succeeded = WebhookEvents.Variant(completion, Succeeded);

        var first = await WebhookEvents.DeliverAsync(fixture.App, succeeded);
        var transactionsAfterFirst = await fixture.LedgerTransactionsAsync();
        var again = await WebhookEvents.DeliverAsync(fixture.App, succeeded);

        first.IsSuccessStatusCode.ShouldBeTrue(await first.Content.ReadAsStringAsync());
        again.IsSuccessStatusCode.ShouldBeTrue(await again.Content.ReadAsStringAsync());
        var order = await fixture.OrderAsync(orderId);
        order.Status.ShouldBe(OrderStatus.Paid);
        order.Payment!.EventId.ShouldBe(succeeded.Id);
        (order.LicenseIds ?? []).Count.ShouldBe(2, "one license per line");
        transactionsAfterFirst.ShouldBeGreaterThan(transactionsBefore, "the sale is posted");
        (await fixture.LedgerTransactionsAsync()).ShouldBe(transactionsAfterFirst, "a redelivery posts nothing more");
    }

    [Fact]
    public async Task AFailedDelayedPaymentClosesTheOrderAndPostsNothing()
    {
        var (orderId, completion) = await UndeliveredAsync();
        (await WebhookEvents.DeliverAsync(fixture.App, Unpaid(completion))).IsSuccessStatusCode.ShouldBeTrue();
        var transactionsBefore = await fixture.LedgerTransactionsAsync();
        var failed = WebhookEvents.Variant(completion, Failed, ("payment_status", JsonValue.Create("unpaid")));

        var first = await WebhookEvents.DeliverAsync(fixture.App, failed);
        var again = await WebhookEvents.DeliverAsync(fixture.App, failed);

        first.IsSuccessStatusCode.ShouldBeTrue(await first.Content.ReadAsStringAsync());
        again.IsSuccessStatusCode.ShouldBeTrue(await again.Content.ReadAsStringAsync());
        await ShouldBeUnfulfilledAsync(orderId, OrderStatus.Closed, transactionsBefore);
    }

    // Nothing fulfilled: no payment recorded, no license, nothing posted to the ledger.
    private async Task ShouldBeUnfulfilledAsync(string orderId, string status, long transactionsBefore)
    {
        var order = await fixture.OrderAsync(orderId);
        order.Status.ShouldBe(status);
        order.Payment.ShouldBeNull();
        (order.LicenseIds ?? []).ShouldBeEmpty();
        (await fixture.LedgerTransactionsAsync()).ShouldBe(transactionsBefore, "nothing is posted without the money");
    }

    // An order paid on the sandbox whose completion has not reached Market, with that completion.
    private async Task<(string OrderId, Market.Payments.Sandbox.SandboxEvent Completion)> UndeliveredAsync(int lines = 1)
    {
        var orderId = (await fixture.PaidOrderAsync(lines)).Id;
        return (orderId, (await WebhookEvents.CompletionsAsync(fixture.App, [orderId])).Single());
    }

    // What Stripe sends when a delayed payment method finishes checkout before the money arrives.
    private static Market.Payments.Sandbox.SandboxEvent Unpaid(Market.Payments.Sandbox.SandboxEvent completion) =>
        WebhookEvents.Variant(completion, null, ("payment_status", JsonValue.Create("unpaid")));
}
