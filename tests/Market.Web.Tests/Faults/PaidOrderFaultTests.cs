using Marten;
using Market.Contracts.Orders;
using Market.Domain.Ledger;
using Market.Store.Ledger;
using Market.Store.Licenses;
using Market.Web.Tests.Orders;
using Microsoft.Extensions.DependencyInjection;

namespace Market.Web.Tests.Faults;

/// <summary>
/// A paid order's fulfilment is one commit: the store fails at each of its writes (and just after
/// it), the completion is delivered again, twice at once; every time the order ends paid with exactly
/// one sale and one license per line, and a clean ledger. A failure before the commit leaves nothing.
/// </summary>
public sealed class PaidOrderFaultTests(UndeliveredSandboxApp fixture) : IClassFixture<UndeliveredSandboxApp>
{
    /// <summary>Each write of the commit (table, and which rows), and one after it.</summary>
    public static TheoryData<string, string, string?, bool> Steps => new()
    {
        { "the event's claim", "market.mt_doc_stripeeventrecord", null, false },
        { "the ledger's event", "market.mt_events", null, false },
        { "the ledger's postings", "market.ledger_postings", null, false },
        { "the licenses", "market.mt_doc_licenserecord", null, false },
        { "the payment's link", "market.mt_doc_orleans_grain_state", "%/order-by-payment/%", false },
        { "the order's state", "market.mt_doc_orleans_grain_state", "%/order/%", false },
        { "the buyer's open orders, after the commit", "market.mt_doc_orleans_grain_state", "%/party/%", true },
    };

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task AFaultAtAnyStepThenTwoRacingRedeliveriesPayTheOrderOnce(string step, string table, string? idLike, bool afterCommit)
    {
        var app = fixture.App;
        var order = await fixture.PaidOrderAsync(lines: 2);
        var completion = (await WebhookEvents.CompletionsAsync(app, [order.Id])).Single();
        var transactionsBefore = await fixture.LedgerTransactionsAsync();

        await using (await fixture.RefuseWritesAsync(table, idLike))
        {
            var failed = await WebhookEvents.DeliverAsync(app, completion);
            failed.IsSuccessStatusCode.ShouldBeFalse($"{step}: the webhook must not answer 2xx when the store failed");
        }

        if (!afterCommit)
        {
            (await fixture.OrderAsync(order.Id)).Status.ShouldBe(OrderStatus.Pending, step);
            (await SalesAsync(app, order)).ShouldBe(0, step);
            (await LicensesAsync(app, order)).ShouldBe(0, step);
            (await WebhookEvents.RecordedAsync(app, completion.Id)).ShouldBeFalse(step);
        }

        var racing = await Task.WhenAll(WebhookEvents.DeliverAsync(app, completion), WebhookEvents.DeliverAsync(app, completion));
        foreach (var answer in racing) answer.IsSuccessStatusCode.ShouldBeTrue($"{step}: {await answer.Content.ReadAsStringAsync()}");

        var paid = await fixture.OrderAsync(order.Id);
        paid.Status.ShouldBe(OrderStatus.Paid, step);
        paid.Payment!.EventId.ShouldBe(completion.Id);
        paid.LicenseIds!.Count.ShouldBe(2, step);
        (await SalesAsync(app, order)).ShouldBe(2, step);
        (await LicensesAsync(app, order)).ShouldBe(2, step);
        (await fixture.LedgerTransactionsAsync()).ShouldBe(transactionsBefore + 2, step);
        (await WebhookEvents.RecordedAsync(app, completion.Id)).ShouldBeTrue(step);
    }

    private static async Task<int> SalesAsync(MarketApp app, OrderView order)
    {
        var ledger = app.Services.GetRequiredService<LedgerStore>();
        var found = 0;
        foreach (var line in order.Lines)
        {
            if (await ledger.GetAsync(LedgerKeys.Sale(order.Id, line.LineId)) is not null) found++;
        }

        return found;
    }

    private static async Task<int> LicensesAsync(MarketApp app, OrderView order)
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.Query<LicenseRecord>().CountAsync(r => r.Certificate.OrderId == order.Id);
    }
}
