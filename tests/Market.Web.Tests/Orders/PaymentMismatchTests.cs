using System.Text.Json.Nodes;
using Marten;
using Market.Contracts.Orders;
using Market.Web.Tests.Faults;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Market.Web.Tests.Orders;

/// <summary>A signed completion whose amount or currency is not the order's: acknowledged, nobody credited, the payment refunded once.</summary>
public sealed class PaymentMismatchTests(UndeliveredSandboxApp fixture) : IClassFixture<UndeliveredSandboxApp>
{
    [Theory]
    [InlineData("amount_total", 1500)]
    [InlineData("currency", "eur")]
    public async Task AMismatchedPaymentIsRefundedInFullOnceAndCreditsNobody(string field, object value)
    {
        var app = fixture.App;
        var orderId = (await fixture.PaidOrderAsync()).Id;
        var completion = (await WebhookEvents.CompletionsAsync(app, [orderId])).Single();
        var mismatched = WebhookEvents.Variant(completion, null, (field, value is string text ? JsonValue.Create(text) : JsonValue.Create(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture))));
        var transactionsBefore = await fixture.LedgerTransactionsAsync();

        var first = await WebhookEvents.DeliverAsync(app, mismatched);
        var again = await WebhookEvents.DeliverAsync(app, mismatched);

        first.IsSuccessStatusCode.ShouldBeTrue(await first.Content.ReadAsStringAsync());
        again.IsSuccessStatusCode.ShouldBeTrue(await again.Content.ReadAsStringAsync());
        var order = await fixture.OrderAsync(orderId);
        order.Status.ShouldBe(OrderStatus.PaymentMismatch);
        (order.LicenseIds ?? []).ShouldBeEmpty();
        var refunds = await RefundsAsync(app, orderId);
        refunds.Count.ShouldBe(1, "one refund, however often the event is delivered");
        refunds[0].ShouldBe(field == "amount_total" ? 1500 : order.AmountMinor, "the whole payment goes back");
        (await fixture.LedgerTransactionsAsync()).ShouldBe(transactionsBefore, "no party's balance moves");
    }

    private static async Task<List<long>> RefundsAsync(MarketApp app, string orderId)
    {
        var store = app.Services.GetRequiredService<IDocumentStore>();
        await using var connection = new NpgsqlConnection(app.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"select (r ->> 'AmountMinor')::bigint from {store.Options.DatabaseSchemaName}.mt_doc_sandbox_checkout_session, jsonb_array_elements(data -> 'Refunds') r where data ->> 'OrderId' = $1",
            connection) { Parameters = { new() { Value = orderId } } };
        await using var reader = await command.ExecuteReaderAsync();
        var amounts = new List<long>();
        while (await reader.ReadAsync()) amounts.Add(reader.GetInt64(0));
        return amounts;
    }
}
