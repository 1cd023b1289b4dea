using Market.Contracts.Orders;
using Market.Payments.Fees;

namespace Market.Web.Orders;

/// <summary>
/// The event that pays an order (<c>checkout.session.completed</c>): the order grain claims the event
/// in the same commit as the sale, the licenses and its paid state, so there is no separate record
/// to read first or write after — a redelivery finds the order paid by that very event.
/// </summary>
public static class PaymentEvents
{
    /// <summary>A completed checkout.</summary>
    public const string Completed = "checkout.session.completed";

    /// <summary>True for the events whose handling claims them in their own commit.</summary>
    public static bool ClaimsInItsCommit(Stripe.Event stripeEvent) => stripeEvent.Type == Completed;

    /// <summary>Fulfils the order the checkout paid for, once.</summary>
    public static async Task<WebhookOutcome> PayAsync(Stripe.Event stripeEvent, Stripe.Checkout.Session session, IGrainFactory grains, IPaymentFeeLookup fees)
    {
        if (session.ClientReferenceId is not { Length: > 0 } orderId || session.PaymentStatus != "paid") return WebhookOutcome.Done("ignored: not a paid Market checkout");
        var order = grains.GetGrain<IOrderGrain>(orderId);
        if (await order.Get() is not { } current) return WebhookOutcome.Done($"ignored: no order {orderId}");
        if (current.Payment is { } payment && payment.EventId == stripeEvent.Id)
        {
            // Paid by this very event: the grain only finishes what follows its commit, if anything.
            await order.MarkPaid(payment);
            return WebhookOutcome.Redelivered($"order {current.Id} {current.Status}");
        }

        var fee = await fees.FeeForSessionAsync(session.PaymentIntentId ?? session.Id);
        var paid = await order.MarkPaid(new OrderPayment(stripeEvent.Id, session.Id, session.PaymentIntentId, session.AmountTotal ?? 0, fee, stripeEvent.Created));
        var text = $"order {paid.Id} {paid.Status}";
        // Paid by another event (an order paid twice over is the mismatch path's business): record this one as handled.
        return paid.Payment?.EventId == stripeEvent.Id ? WebhookOutcome.CommittedWithClaim(text) : WebhookOutcome.Done(text);
    }
}
