using System.Globalization;
using Market.Contracts.Orders;

namespace Market.Web.Orders;

/// <summary>
/// <c>charge.refunded</c>: Stripe (or the sandbox) refunded money on a Market order's charge. The event
/// carries the charge's cumulative <c>amount_refunded</c>; the order works out what is new, so
/// duplicates and out-of-order deliveries have one effect.
/// </summary>
public static class RefundEvents
{
    /// <summary>The event type.</summary>
    public const string Refunded = "charge.refunded";

    /// <summary>Hands the refund to the order.</summary>
    public static async Task<WebhookOutcome> HandleAsync(Stripe.Event stripeEvent, Stripe.Charge charge, IGrainFactory grains)
    {
        var order = await OrderOfPayment.FindAsync(grains, charge.Metadata, charge.PaymentIntentId);
        if (order is null) return WebhookOutcome.Done($"ignored: charge {charge.Id} is no Market order's");
        if (order.Payment is null) return WebhookOutcome.Later($"order {order.Id} is refunded before its payment was recorded");

        var refunded = new ChargeRefunded(stripeEvent.Id, charge.AmountRefunded, stripeEvent.Request?.IdempotencyKey, stripeEvent.Created);
        var updated = await grains.GetGrain<IOrderGrain>(order.Id).RecordRefund(refunded);
        return WebhookOutcome.Done(string.Create(CultureInfo.InvariantCulture, $"order {updated.Id} {updated.Status}, {updated.RefundedMinor} refunded"));
    }
}
