using System.Text.Json.Nodes;
using Market.Domain.Money;

namespace Market.Payments.Sandbox;

/// <summary>
/// The Stripe API objects sandbox events carry, with the fields Market reads and the ones Stripe always
/// sends alongside them, in Stripe's JSON shape.
/// </summary>
internal static class SandboxObjects
{
    /// <summary>
    /// A paid <c>checkout.session</c>, its payment intent expanded down to the charge's balance
    /// transaction (as a Stripe API read with <c>expand</c> gives it), so the site reads the fee from
    /// the verified event instead of asking the sandbox for it.
    /// </summary>
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
        ["payment_intent"] = PaidIntent(session),
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

    private static JsonObject PaidIntent(SandboxSessionDocument session) => new()
    {
        ["id"] = SandboxIds.PaymentIntentOf(session.Id),
        ["object"] = "payment_intent",
        ["amount"] = session.AmountTotalMinor,
        ["currency"] = session.Currency,
        ["status"] = "succeeded",
        ["latest_charge"] = new JsonObject
        {
            ["id"] = SandboxIds.ChargeOf(session.Id),
            ["object"] = "charge",
            ["balance_transaction"] = new JsonObject
            {
                ["id"] = SandboxIds.BalanceTransactionOf(session.Id),
                ["object"] = "balance_transaction",
                ["amount"] = session.AmountTotalMinor,
                ["currency"] = session.Currency,
                ["fee"] = PaymentFees.Sandbox(session.AmountTotalMinor),
            },
        },
    };

    private static JsonObject OrderMetadata(SandboxSessionDocument session) => new() { ["orderId"] = session.OrderId };
}
