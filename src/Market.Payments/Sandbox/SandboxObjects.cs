using System.Text.Json.Nodes;

namespace Market.Payments.Sandbox;

/// <summary>
/// The Stripe API objects sandbox events carry, with the fields Market reads and the ones Stripe always
/// sends alongside them, in Stripe's JSON shape.
/// </summary>
internal static class SandboxObjects
{
    /// <summary>A paid <c>checkout.session</c>.</summary>
    public static JsonObject CheckoutSession(SandboxSessionDocument session) => new()
    {
        ["id"] = session.Id,
        ["object"] = "checkout.session",
        ["amount_subtotal"] = session.AmountTotalMinor,
        ["amount_total"] = session.AmountTotalMinor,
        ["cancel_url"] = session.CancelUrl,
        ["client_reference_id"] = session.OrderId,
        ["created"] = session.CreatedAt.ToUnixTimeSeconds(),
        ["currency"] = session.Currency,
        ["customer_email"] = session.BuyerEmail,
        ["livemode"] = false,
        ["metadata"] = OrderMetadata(session),
        ["mode"] = "payment",
        ["payment_intent"] = SandboxIds.PaymentIntentOf(session.Id),
        ["payment_status"] = "paid",
        ["status"] = "complete",
        ["success_url"] = session.SuccessUrl,
        ["url"] = null,
    };

    /// <summary>The session's charge as it stands, refunds included (<c>amount_refunded</c> is cumulative).</summary>
    public static JsonObject Charge(SandboxSessionDocument session)
    {
        var refunded = session.AmountRefundedMinor;
        return new JsonObject
        {
            ["id"] = SandboxIds.ChargeOf(session.Id),
            ["object"] = "charge",
            ["amount"] = session.AmountTotalMinor,
            ["amount_captured"] = session.AmountTotalMinor,
            ["amount_refunded"] = refunded,
            ["captured"] = true,
            ["created"] = (session.PaidAt ?? session.CreatedAt).ToUnixTimeSeconds(),
            ["currency"] = session.Currency,
            ["livemode"] = false,
            ["metadata"] = OrderMetadata(session),
            ["paid"] = true,
            ["payment_intent"] = SandboxIds.PaymentIntentOf(session.Id),
            ["refunded"] = refunded == session.AmountTotalMinor,
            ["status"] = "succeeded",
        };
    }

    private static JsonObject OrderMetadata(SandboxSessionDocument session) => new() { ["orderId"] = session.OrderId };
}
