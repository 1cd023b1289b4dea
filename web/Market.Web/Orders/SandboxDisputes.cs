using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Market.Contracts.Orders;
using Market.Payments;
using Market.Payments.Sandbox;

namespace Market.Web.Orders;

/// <summary>
/// Sandbox mode's stand-in for a buyer's bank disputing a payment: Stripe-shaped <c>dispute</c>
/// objects in signed <c>charge.dispute.*</c> events, posted to the webhook like Stripe's own. Like a
/// real one, the dispute carries no order metadata — only the payment intent and charge — so the
/// webhook's lookup is exercised as in production.
/// </summary>
public static class SandboxDisputes
{
    /// <summary>Stripe's dispute fee in the US, 15.00 USD, which the sandbox charges the same way.</summary>
    public const long FeeMinor = 1500;

    /// <summary>The one dispute a charge can have, with a stable id so repeating a simulation is harmless.</summary>
    public static string DisputeIdOf(OrderView order) =>
        "dp_sandbox_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(order.Id)))[..24];

    /// <summary>The dispute as Stripe shows it: <paramref name="status"/> is <c>needs_response</c>, <c>won</c> or <c>lost</c>.</summary>
    public static JsonObject Dispute(OrderView order, string status, DateTimeOffset now)
    {
        var paymentIntent = order.Payment?.PaymentIntentId ?? throw new InvalidOperationException($"Order {order.Id} has no payment to dispute.");
        var amount = order.AmountMinor - order.RefundedMinor;
        var transactions = new JsonArray { Transaction(order, "withdrawn", -amount, FeeMinor, now) };
        if (status == DisputeStatus.Won)
        {
            // Winning puts the money back and, in the sandbox, the fee too.
            transactions.Add(Transaction(order, "reinstated", amount, -FeeMinor, now));
        }

        return new JsonObject
        {
            ["id"] = DisputeIdOf(order),
            ["object"] = "dispute",
            ["amount"] = amount,
            ["balance_transactions"] = transactions,
            ["charge"] = "ch_" + paymentIntent[(paymentIntent.IndexOf('_', StringComparison.Ordinal) + 1)..],
            ["created"] = now.ToUnixTimeSeconds(),
            ["currency"] = "usd",
            ["is_charge_refundable"] = false,
            ["livemode"] = false,
            ["metadata"] = new JsonObject(),
            ["payment_intent"] = paymentIntent,
            ["reason"] = "fraudulent",
            ["status"] = status,
        };
    }

    /// <summary>
    /// Opens (<paramref name="outcome"/> <c>open</c>) or closes (<c>won</c>, <c>lost</c>) the order's dispute
    /// by posting the event to <paramref name="webhook"/>; true once the webhook accepted it.
    /// </summary>
    public static Task<bool> SimulateAsync(SandboxEventEmitter emitter, Uri webhook, OrderView order, string outcome, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (type, status) = outcome == DisputeStatus.Open ? (DisputeEvents.Created, "needs_response") : (DisputeEvents.Closed, outcome);
        return emitter.DeliverAsync(emitter.Create(type, Dispute(order, status, now)), webhook, cancellationToken);
    }

    private static JsonObject Transaction(OrderView order, string what, long amount, long fee, DateTimeOffset now) => new()
    {
        ["id"] = $"txn_sandbox_{what}_{DisputeIdOf(order)[11..]}",
        ["object"] = "balance_transaction",
        ["amount"] = amount,
        ["created"] = now.ToUnixTimeSeconds(),
        ["currency"] = "usd",
        ["fee"] = fee,
        ["net"] = amount - fee,
        ["reporting_category"] = "dispute",
        ["type"] = "adjustment",
    };
}
