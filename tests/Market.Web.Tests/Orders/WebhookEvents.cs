using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Marten;
using Market.Contracts.Orders;
using Market.Payments.Sandbox;
using Market.Payments.Webhooks;
using Market.Store.Orders;
using Market.Web.Orders;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Market.Web.Tests.Orders;

/// <summary>
/// Builds Stripe-format events with the sandbox emitter and signs them the way Stripe does, with any
/// timestamp and any secret, so tests can deliver them twice, shuffled, late or forged.
/// </summary>
public static class WebhookEvents
{
    /// <summary>A <c>charge.refunded</c> event for the order's charge with this cumulative refunded amount.</summary>
    public static SandboxEvent ChargeRefunded(MarketApp app, OrderView order, long amountRefundedMinor, string? idempotencyKey = null)
    {
        var paymentIntent = order.Payment!.PaymentIntentId!;
        var charge = new JsonObject
        {
            ["id"] = "ch_" + paymentIntent[3..],
            ["object"] = "charge",
            ["amount"] = order.AmountMinor,
            ["amount_captured"] = order.AmountMinor,
            ["amount_refunded"] = amountRefundedMinor,
            ["captured"] = true,
            ["currency"] = "usd",
            ["livemode"] = false,
            ["metadata"] = new JsonObject { ["orderId"] = order.Id },
            ["paid"] = true,
            ["payment_intent"] = paymentIntent,
            ["refunded"] = amountRefundedMinor == order.AmountMinor,
            ["status"] = "succeeded",
        };
        return Emitter(app).Create("charge.refunded", charge, idempotencyKey);
    }

    /// <summary>A <c>charge.dispute.created</c> (<paramref name="status"/> <c>needs_response</c>) or <c>.closed</c> event.</summary>
    public static SandboxEvent Dispute(MarketApp app, OrderView order, string status) =>
        Emitter(app).Create(status == "needs_response" ? DisputeEvents.Created : DisputeEvents.Closed, SandboxDisputes.Dispute(order, status, DateTimeOffset.UtcNow));

    /// <summary>Posts the event signed with <paramref name="secret"/> (the app's own when null) as of <paramref name="signedAt"/> (now when null).</summary>
    public static async Task<HttpResponseMessage> DeliverAsync(MarketApp app, SandboxEvent stripeEvent, DateTimeOffset? signedAt = null, string? secret = null)
    {
        var key = secret ?? await SecretAsync(app);
        var header = Stripe.EventUtility.GenerateSignatureHeader(stripeEvent.Payload, key, (signedAt ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds());
        using var client = app.Anonymous();
        using var content = new StringContent(stripeEvent.Payload, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        content.Headers.Add(StripeWebhook.SignatureHeader, header);
        return await client.PostAsync(Market.Payments.PaymentRoutes.Webhook, content);
    }

    /// <summary>True when the webhook kept a record of handling the event.</summary>
    public static async Task<bool> RecordedAsync(MarketApp app, string eventId)
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.LoadAsync<StripeEventRecord>(eventId) is not null;
    }

    /// <summary>
    /// The sandbox's webhook secret, which the payments code generates on first use and keeps in the
    /// database; read where the verifier reads it.
    /// </summary>
    public static async Task<string> SecretAsync(MarketApp app)
    {
        var store = app.Services.GetRequiredService<IDocumentStore>();
        await using var connection = new NpgsqlConnection(app.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"select coalesce(data ->> 'Secret', data ->> 'secret') from {store.Options.DatabaseSchemaName}.mt_doc_sandbox_webhook_secret", connection);
        return (string?)await command.ExecuteScalarAsync() ?? throw new InvalidOperationException("No sandbox webhook secret yet: pay an order first.");
    }

    /// <summary>The exact completion events the sandbox made when these orders were paid, as Stripe would send them again.</summary>
    public static async Task<List<SandboxEvent>> CompletionsAsync(MarketApp app, IReadOnlyCollection<string> orderIds)
    {
        var store = app.Services.GetRequiredService<IDocumentStore>();
        await using var connection = new NpgsqlConnection(app.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"select data -> 'CompletedEvent' ->> 'Id', data -> 'CompletedEvent' ->> 'Payload' from {store.Options.DatabaseSchemaName}.mt_doc_sandbox_checkout_session where data ->> 'OrderId' = any($1)",
            connection) { Parameters = { new() { Value = orderIds.ToArray() } } };
        await using var reader = await command.ExecuteReaderAsync();
        var events = new List<SandboxEvent>();
        while (await reader.ReadAsync()) events.Add(new SandboxEvent(reader.GetString(0), "checkout.session.completed", reader.GetString(1)));
        events.Count.ShouldBe(orderIds.Count, "every order should have a paid sandbox session");
        return events;
    }

    /// <summary>
    /// <paramref name="stripeEvent"/> as another event (a new id) of <paramref name="type"/> (its own when
    /// null), with these fields of its object replaced: a delivery Stripe could make of the same session.
    /// </summary>
    public static SandboxEvent Variant(SandboxEvent stripeEvent, string? type, params (string Field, JsonNode? Value)[] changes)
    {
        var payload = JsonNode.Parse(stripeEvent.Payload)!;
        var id = "evt_variant_" + Guid.NewGuid().ToString("N")[..16];
        var eventType = type ?? stripeEvent.Type;
        payload["id"] = id;
        payload["type"] = eventType;
        foreach (var (field, value) in changes) payload["data"]!["object"]![field] = value;
        return new SandboxEvent(id, eventType, payload.ToJsonString());
    }

    private static SandboxEventEmitter Emitter(MarketApp app) => app.Services.GetRequiredService<SandboxEventEmitter>();
}
