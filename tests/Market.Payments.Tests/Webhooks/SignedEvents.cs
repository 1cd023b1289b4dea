using Stripe;

namespace Market.Payments.Tests.Webhooks;

/// <summary>Stripe-shaped event bodies and their signature headers.</summary>
internal static class SignedEvents
{
    public static string CheckoutCompleted(string orderId, string apiVersion = "") => $$"""
        {"id": "evt_test_1", "object": "event", "api_version": "{{(apiVersion.Length > 0 ? apiVersion : StripeConfiguration.ApiVersion)}}",
         "created": 1767225600, "livemode": false, "pending_webhooks": 1, "type": "checkout.session.completed",
         "data": {"object": {"id": "cs_test_1", "object": "checkout.session", "client_reference_id": "{{orderId}}",
           "amount_total": 2500, "currency": "usd", "payment_status": "paid", "payment_intent": "pi_test_1", "metadata": {"orderId": "{{orderId}}"} } } }
        """;

    public static string Sign(string body, string secret, DateTimeOffset at) =>
        EventUtility.GenerateSignatureHeader(body, secret, at.ToUnixTimeSeconds());
}
