using Market.Contracts.Orders;
using Market.Domain.Orders;
using Market.Payments.Fees;
using Market.Payments.Refunds;
using Market.Payments.Webhooks;

namespace Market.Web.Orders;

/// <summary>
/// The checkout events, translated into the order decider's commands. The events that pay an order
/// (<c>checkout.session.completed</c> when paid, <c>checkout.session.async_payment_succeeded</c>): the order grain claims the event
/// in the same commit as the sale, the licenses and its paid state, so there is no separate record
/// to read first or write after — a redelivery finds the order paid by that very event. A payment of
/// another amount than the order's is answered 2xx too: the order records the mismatch (crediting
/// nobody) and the payment is refunded in full, once, under a key derived from the order.
/// </summary>
public static class PaymentEvents
{
    /// <summary>True for the events whose handling claims them in their own commit (the ones that pay).</summary>
    public static bool ClaimsInItsCommit(Stripe.Event stripeEvent) =>
        stripeEvent.Type is OrderEventTypes.CheckoutCompleted or OrderEventTypes.AsyncPaymentSucceeded;

    /// <summary>True for the checkout events this class handles: completed, and a delayed payment's success or failure.</summary>
    public static bool IsCheckoutEvent(Stripe.Event stripeEvent) =>
        stripeEvent.Type is OrderEventTypes.CheckoutCompleted or OrderEventTypes.AsyncPaymentSucceeded or OrderEventTypes.AsyncPaymentFailed;

    /// <summary>The idempotency key of the full refund of an order's mismatched payment (the decider's).</summary>
    public static string MismatchRefundKey(string orderId) => RefundDue.MismatchKeyOf(orderId);

    /// <summary>
    /// Hands a checkout event to its order as the decider's command: a payment (a paid completion or a
    /// delayed payment's success) fulfils it, a delayed payment's failure closes it, and a completion
    /// not yet paid leaves it pending.
    /// </summary>
    public static async Task<WebhookOutcome> HandleAsync(Stripe.Event stripeEvent, IGrainFactory grains, IPaymentFeeLookup fees, IRefundGateway refunds)
    {
        if (OrderEventTranslation.Translate(stripeEvent) is not { OrderId: { } orderId } translated) return WebhookOutcome.Done("ignored: not a Market checkout");
        var order = grains.GetGrain<IOrderGrain>(orderId);
        if (await order.Get() is not { } current) return WebhookOutcome.Done($"ignored: no order {orderId}");
        return translated.Command switch
        {
            OrderCommand.ConfirmPayment payment => await PayAsync(stripeEvent.Id, order, current, payment, fees, refunds),
            OrderCommand.FailPayment failed => WebhookOutcome.Done($"order {orderId} {(await order.FailPayment(failed.EventId, failed.SessionId, failed.At)).Status} after a failed payment"),
            _ => WebhookOutcome.Done($"order {orderId} {current.Status}: checkout completed, payment not settled yet"),
        };
    }

    // Fulfils the order once; or refunds a payment that is not the order's amount.
    private static async Task<WebhookOutcome> PayAsync(string eventId, IOrderGrain order, OrderView current, OrderCommand.ConfirmPayment payment, IPaymentFeeLookup fees, IRefundGateway refunds)
    {
        if (current.Payment is { } recorded && recorded.EventId == eventId)
        {
            // Handled by this very event: only what follows its commit is done again, if anything.
            await FollowUpAsync(await order.MarkPaid(recorded), refunds);
            return WebhookOutcome.Redelivered($"order {current.Id} {current.Status}");
        }

        var fee = payment.FeeMinor ?? await fees.FeeForSessionAsync(payment.PaymentIntentId ?? payment.SessionId);
        var currency = payment.Currency is { Length: > 0 } named ? named : null;
        var paid = await order.MarkPaid(new OrderPayment(eventId, payment.SessionId, payment.PaymentIntentId, payment.AmountMinor, fee, payment.PaidAt, currency));
        var text = $"order {paid.Id} {paid.Status}";
        if (paid.Payment?.EventId != eventId)
        {
            // Paid by another event before (the completion, then its delayed success): this one changed nothing.
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
        WebhookMetrics.Record("mismatch-refunded", OrderEventTypes.CheckoutCompleted);
    }
}
