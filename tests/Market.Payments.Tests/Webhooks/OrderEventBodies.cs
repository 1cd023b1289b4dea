using System.Globalization;
using Stripe;

namespace Market.Payments.Tests.Webhooks;

/// <summary>Stripe-shaped events about orders, as Stripe sends them, parsed by Stripe.net.</summary>
internal static class OrderEventBodies
{
    public const long Created = 1767225600;
    public static readonly DateTimeOffset CreatedAt = DateTimeOffset.FromUnixTimeSeconds(Created);

    public static Event CheckoutEvent(string type, string paymentStatus, string? orderId = "o_1", string paymentIntent = "\"pi_1\"") => Parse(type, $$"""
        {"id": "cs_1", "object": "checkout.session", "client_reference_id": {{Json(orderId)}}, "amount_total": 2500, "currency": "usd",
         "payment_status": "{{paymentStatus}}", "payment_intent": {{paymentIntent}}, "metadata": {} }
        """);

    /// <summary>A payment intent expanded down to its charge's balance transaction, which carries the fee.</summary>
    public static string PaymentIntentWithFee(long fee) => $$"""
        {"id": "pi_1", "object": "payment_intent", "latest_charge": {"id": "ch_1", "object": "charge",
          "balance_transaction": {"id": "txn_1", "object": "balance_transaction", "fee": {{fee}} } } }
        """;

    public static Event ChargeRefunded(long amountRefunded, string? orderId, string? paymentIntent, string? idempotencyKey) => Parse(
        "charge.refunded",
        $$"""
        {"id": "ch_1", "object": "charge", "amount": 2500, "amount_refunded": {{amountRefunded}}, "currency": "usd",
         "payment_intent": {{Json(paymentIntent)}}, "metadata": {{(orderId is null ? "{}" : $$"""{"orderId": "{{orderId}}"}""")}} }
        """,
        idempotencyKey is null ? "null" : $$"""{"id": "req_1", "idempotency_key": "{{idempotencyKey}}"}""");

    public static Event Dispute(string type, string status, params long[] fees) => Parse(type, $$"""
        {"id": "dp_1", "object": "dispute", "amount": 2500, "currency": "usd", "reason": "fraudulent", "status": "{{status}}",
         "charge": "ch_1", "payment_intent": "pi_1", "metadata": {},
         "balance_transactions": [{{string.Join(", ", fees.Select((fee, i) => Transaction(i, fee)))}}] }
        """);

    public static Event Parse(string type, string dataObject, string request = "null") => EventUtility.ParseEvent($$"""
        {"id": "evt_1", "object": "event", "api_version": "{{StripeConfiguration.ApiVersion}}", "created": {{Created}}, "livemode": false,
         "pending_webhooks": 1, "type": "{{type}}", "request": {{request}}, "data": {"object": {{dataObject}} } }
        """, throwOnApiVersionMismatch: false);

    private static string Transaction(int index, long fee) => string.Create(
        CultureInfo.InvariantCulture, $$"""{"id": "txn_{{index}}", "object": "balance_transaction", "amount": 0, "fee": {{fee}} }""");

    private static string Json(string? value) => value is null ? "null" : $"\"{value}\"";
}
