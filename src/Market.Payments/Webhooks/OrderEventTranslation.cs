using Market.Domain.Orders;
using Stripe;
using Stripe.Checkout;

namespace Market.Payments.Webhooks;

/// <summary>
/// Turns a verified Stripe event into the order decider's command. Pure: nothing is looked up, so an
/// event of no Market order (an unknown type, a checkout without an order reference, a charge or
/// dispute naming neither an order nor a payment intent) translates to null.
/// </summary>
public static class OrderEventTranslation
{
    private const string LostStatus = "lost";
    private const string PaidStatus = "paid";
    private const string OrderIdKey = "orderId";

    /// <summary>The command <paramref name="stripeEvent"/> asks of its order, or null when it concerns no order.</summary>
    public static TranslatedOrderEvent? Translate(Event stripeEvent)
    {
        ArgumentNullException.ThrowIfNull(stripeEvent);
        var at = new DateTimeOffset(DateTime.SpecifyKind(stripeEvent.Created, DateTimeKind.Utc));
        return (stripeEvent.Type, stripeEvent.Data?.Object) switch
        {
            (OrderEventTypes.CheckoutCompleted, Session session) when session.PaymentStatus == PaidStatus => Checkout(session, Payment(stripeEvent.Id, session, at)),
            (OrderEventTypes.CheckoutCompleted, Session session) => Checkout(session, new OrderCommand.NoteUnpaidCompletion(stripeEvent.Id, session.Id)),
            (OrderEventTypes.AsyncPaymentSucceeded, Session session) => Checkout(session, Payment(stripeEvent.Id, session, at)),
            (OrderEventTypes.AsyncPaymentFailed, Session session) => Checkout(session, new OrderCommand.FailPayment(stripeEvent.Id, session.Id, at)),
            (OrderEventTypes.ChargeRefunded, Charge charge) => OfPayment(
                charge.Metadata, charge.PaymentIntentId,
                new OrderCommand.RecordChargeRefund(stripeEvent.Id, charge.AmountRefunded, stripeEvent.Request?.IdempotencyKey, at)),
            (OrderEventTypes.DisputeCreated, Dispute dispute) => OfPayment(
                dispute.Metadata, dispute.PaymentIntentId,
                new OrderCommand.OpenDispute(stripeEvent.Id, dispute.Id, dispute.Amount, dispute.Reason, at)),
            (OrderEventTypes.DisputeClosed, Dispute dispute) => OfPayment(
                dispute.Metadata, dispute.PaymentIntentId,
                new OrderCommand.CloseDispute(stripeEvent.Id, dispute.Id, dispute.Amount, dispute.Reason, dispute.Status == LostStatus, DisputeFee(dispute), at)),
            _ => null,
        };
    }

    // The fee is known here only when the event carries the charge's balance transaction (expanded);
    // otherwise it is null and whoever fulfils the order looks it up (IPaymentFeeLookup).
    private static OrderCommand.ConfirmPayment Payment(string eventId, Session session, DateTimeOffset at) => new(
        eventId, session.Id, session.PaymentIntentId, session.AmountTotal ?? 0, session.Currency ?? "",
        session.PaymentIntent?.LatestCharge?.BalanceTransaction?.Fee, at);

    // The dispute's balance transactions carry Stripe's fee (and, when one is won, any fee given back).
    private static long DisputeFee(Dispute dispute) => dispute.BalanceTransactions?.Sum(t => t.Fee) ?? 0;

    private static TranslatedOrderEvent? Checkout(Session session, OrderCommand command) =>
        session.ClientReferenceId is { Length: > 0 } orderId ? new(orderId, session.PaymentIntentId, command) : null;

    private static TranslatedOrderEvent? OfPayment(Dictionary<string, string>? metadata, string? paymentIntentId, OrderCommand command)
    {
        var orderId = metadata?.TryGetValue(OrderIdKey, out var fromMetadata) == true && fromMetadata is { Length: > 0 } ? fromMetadata : null;
        var paymentIntent = paymentIntentId is { Length: > 0 } ? paymentIntentId : null;
        return orderId is null && paymentIntent is null ? null : new(orderId, paymentIntent, command);
    }
}
