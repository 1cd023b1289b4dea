using Market.Contracts.Orders;

namespace Market.Web.Orders;

/// <summary>
/// <c>charge.dispute.created</c> freezes the order's earnings; <c>charge.dispute.closed</c> reverses the
/// sale when the dispute is lost and releases it otherwise (won, or an inquiry closed with a warning).
/// </summary>
public static class DisputeEvents
{
    /// <summary>A dispute opened.</summary>
    public const string Created = "charge.dispute.created";

    /// <summary>A dispute closed; its status says how.</summary>
    public const string Closed = "charge.dispute.closed";

    /// <summary>Opens the dispute on its order.</summary>
    public static Task<WebhookOutcome> OpenAsync(Stripe.Event stripeEvent, Stripe.Dispute dispute, IGrainFactory grains) =>
        ApplyAsync(stripeEvent, dispute, grains, (order, change) => order.OpenDispute(change));

    /// <summary>Closes the dispute on its order.</summary>
    public static Task<WebhookOutcome> CloseAsync(Stripe.Event stripeEvent, Stripe.Dispute dispute, IGrainFactory grains) =>
        ApplyAsync(stripeEvent, dispute, grains, (order, change) => order.CloseDispute(change));

    private static async Task<WebhookOutcome> ApplyAsync(
        Stripe.Event stripeEvent, Stripe.Dispute dispute, IGrainFactory grains, Func<IOrderGrain, DisputeChanged, Task<OrderView>> apply)
    {
        var order = await OrderOfPayment.FindAsync(grains, dispute.Metadata, dispute.PaymentIntentId);
        if (order is null) return WebhookOutcome.Done($"ignored: dispute {dispute.Id} is on no Market order's payment");
        if (order.Payment is null) return WebhookOutcome.Later($"order {order.Id} is disputed before its payment was recorded");

        // The dispute's balance transactions carry Stripe's fee (and, when one is won, any fee given back).
        var fee = dispute.BalanceTransactions?.Sum(t => t.Fee) ?? 0;
        var change = new DisputeChanged(stripeEvent.Id, dispute.Id, dispute.Amount, dispute.Reason, dispute.Status ?? "", fee, stripeEvent.Created);
        var updated = await apply(grains.GetGrain<IOrderGrain>(order.Id), change);
        return WebhookOutcome.Done($"order {updated.Id} {updated.Status}, dispute {dispute.Id} {updated.Dispute?.Status}");
    }
}
