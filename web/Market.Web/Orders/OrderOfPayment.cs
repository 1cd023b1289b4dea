using Market.Contracts.Orders;

namespace Market.Web.Orders;

/// <summary>
/// Finds the order a charge or dispute is about: by the <c>orderId</c> metadata Market puts on the
/// payment intent (charges inherit it), else by the payment intent, which the order recorded when it
/// was paid (disputes carry no metadata of the charge).
/// </summary>
public static class OrderOfPayment
{
    /// <summary>The order, or null when the payment is not a Market order's.</summary>
    public static async Task<OrderView?> FindAsync(IGrainFactory grains, IDictionary<string, string>? metadata, string? paymentIntentId)
    {
        var orderId = metadata?.TryGetValue("orderId", out var fromMetadata) == true && fromMetadata is { Length: > 0 } ? fromMetadata
            : paymentIntentId is { Length: > 0 } ? await grains.GetGrain<IOrderByPaymentGrain>(paymentIntentId).OrderId()
            : null;
        return orderId is null ? null : await grains.GetGrain<IOrderGrain>(orderId).Get();
    }
}
