using Market.Contracts.Orders;
using Market.Domain.Orders;
using Market.Payments.Webhooks;

namespace Market.Web.Orders;

/// <summary>
/// <c>charge.refunded</c>, <c>charge.dispute.created</c> and <c>charge.dispute.closed</c>: translated into
/// the order decider's command (<see cref="OrderEventTranslation"/>) and handed to the order the charge
/// paid for, found by the <c>orderId</c> metadata a charge inherits or else by its payment intent
/// (disputes carry no metadata). The order decides what is new, so duplicates and out-of-order
/// deliveries have one effect.
/// </summary>
public static class ChargeEvents
{
    /// <summary>True for the event types this class handles.</summary>
    public static bool Handles(Stripe.Event stripeEvent) =>
        stripeEvent.Type is OrderEventTypes.ChargeRefunded or OrderEventTypes.DisputeCreated or OrderEventTypes.DisputeClosed;

    /// <summary>Hands the event to its order; a refusal because the payment is not recorded yet asks Stripe to retry later.</summary>
    public static async Task<WebhookOutcome> HandleAsync(Stripe.Event stripeEvent, IGrainFactory grains)
    {
        if (OrderEventTranslation.Translate(stripeEvent) is not { } translated) return WebhookOutcome.Done("ignored: names no order and no payment");
        var orderId = translated.OrderId ?? await grains.GetGrain<IOrderByPaymentGrain>(translated.PaymentIntentId!).OrderId();
        if (orderId is null) return WebhookOutcome.Done($"ignored: payment {translated.PaymentIntentId} is no Market order's");

        var order = grains.GetGrain<IOrderGrain>(orderId);
        var answer = translated.Command switch
        {
            OrderCommand.RecordChargeRefund r => await order.RecordRefund(new ChargeRefunded(r.EventId, r.AmountRefundedMinor, r.RequestKey, r.At)),
            OrderCommand.OpenDispute o => await order.OpenDispute(new DisputeChanged(o.EventId, o.DisputeId, o.AmountMinor, o.Reason, false, 0, o.At)),
            OrderCommand.CloseDispute c => await order.CloseDispute(new DisputeChanged(c.EventId, c.DisputeId, c.AmountMinor, c.Reason, c.Lost, c.FeeMinor, c.At)),
            _ => null,
        };
        return answer switch
        {
            null => WebhookOutcome.Done($"ignored: {stripeEvent.Type} is not a charge event"),
            { Refused: { Why: OrderRefusalReason.PaymentNotYetRecorded } refused } => WebhookOutcome.Later(refused.Message),
            { Refused: { } refused } => WebhookOutcome.Done($"ignored: {refused.Message}"),
            { Order: { } after } => WebhookOutcome.Done(Text(after)),
            _ => WebhookOutcome.Done($"ignored: no order {orderId}"),
        };
    }

    private static string Text(OrderView order) => FormattableString.Invariant(
        $"order {order.Id} {order.Status}, {order.RefundedMinor} refunded{(order.Dispute is { } d ? $", dispute {d.DisputeId} {d.Status}" : "")}");
}
