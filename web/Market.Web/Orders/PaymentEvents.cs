using Market.Contracts.Orders;
using Market.Payments.Fees;
using Market.Payments.Refunds;

namespace Market.Web.Orders;

/// <summary>
/// The event that pays an order (<c>checkout.session.completed</c>): the order grain claims the event
/// in the same commit as the sale, the licenses and its paid state, so there is no separate record
/// to read first or write after — a redelivery finds the order paid by that very event. A payment of
/// another amount than the order's is answered 2xx too: the order records the mismatch (crediting
/// nobody) and the payment is refunded in full, once, under a key derived from the order.
/// </summary>
public static class PaymentEvents
{
    /// <summary>A completed checkout.</summary>
    public const string Completed = "checkout.session.completed";

    /// <summary>True for the events whose handling claims them in their own commit.</summary>
    public static bool ClaimsInItsCommit(Stripe.Event stripeEvent) => stripeEvent.Type == Completed;

    /// <summary>The idempotency key of the full refund of an order's mismatched payment.</summary>
    public static string MismatchRefundKey(string orderId) => $"mismatch-refund:{orderId}";

    /// <summary>Fulfils the order the checkout paid for, once; or refunds a payment that is not the order's amount.</summary>
    public static async Task<WebhookOutcome> PayAsync(Stripe.Event stripeEvent, Stripe.Checkout.Session session, IGrainFactory grains, IPaymentFeeLookup fees, IRefundGateway refunds)
    {
        if (session.ClientReferenceId is not { Length: > 0 } orderId || session.PaymentStatus != "paid") return WebhookOutcome.Done("ignored: not a paid Market checkout");
        var order = grains.GetGrain<IOrderGrain>(orderId);
        if (await order.Get() is not { } current) return WebhookOutcome.Done($"ignored: no order {orderId}");
        if (current.Payment is { } recorded && recorded.EventId == stripeEvent.Id)
        {
            // Handled by this very event: only what follows its commit is done again, if anything.
            await FollowUpAsync(await order.MarkPaid(recorded), refunds);
            return WebhookOutcome.Redelivered($"order {current.Id} {current.Status}");
        }

        var fee = await fees.FeeForSessionAsync(session.PaymentIntentId ?? session.Id);
        var paid = await order.MarkPaid(new OrderPayment(stripeEvent.Id, session.Id, session.PaymentIntentId, session.AmountTotal ?? 0, fee, stripeEvent.Created, session.Currency ?? OrderPayment.SettlementCurrency));
        var text = $"order {paid.Id} {paid.Status}";
        if (paid.Payment?.EventId != stripeEvent.Id)
        {
            // Paid by another event before: this one changed nothing; record it as handled.
            return WebhookOutcome.Done(text);
        }

        await FollowUpAsync(paid, refunds);
        return WebhookOutcome.CommittedWithClaim(text);
    }

    // A mismatched payment goes back in full; the key makes a retry (or a redelivery) the same refund.
    private static async Task FollowUpAsync(OrderView order, IRefundGateway refunds)
    {
        if (order.Status != OrderStatus.PaymentMismatch || order.Payment is not { PaymentIntentId: { Length: > 0 } paymentIntent, AmountMinor: > 0 } payment) return;
        await refunds.RefundAsync(paymentIntent, payment.AmountMinor, MismatchRefundKey(order.Id));
        WebhookMetrics.Record("mismatch-refunded", Completed);
    }
}
