using Market.Domain.Orders;

namespace Market.Contracts.Orders;

/// <summary>
/// Order statuses (DESIGN section 4): pending → paid → refunded | disputed; plus paymentMismatch and closed.
/// The names are the order decider's (<see cref="OrderStatusNames"/>): one spelling for the domain and the wire.
/// </summary>
public static class OrderStatus
{
    /// <summary>Placed, waiting for payment.</summary>
    public const string Pending = OrderStatusNames.Pending;

    /// <summary>Paid: royalties posted, licenses issued.</summary>
    public const string Paid = OrderStatusNames.Paid;

    /// <summary>Refunded in full.</summary>
    public const string Refunded = OrderStatusNames.Refunded;

    /// <summary>The payment is disputed; its earnings are frozen.</summary>
    public const string Disputed = OrderStatusNames.Disputed;

    /// <summary>
    /// Paid, but not the order's amount: nothing was fulfilled, no party was credited, and the payment
    /// is refunded in full.
    /// </summary>
    public const string PaymentMismatch = OrderStatusNames.PaymentMismatch;

    /// <summary>A delayed payment method failed: nothing was paid, nothing posted, and the order is over.</summary>
    public const string Closed = OrderStatusNames.Closed;
}

/// <summary>One line of an order: a license of a work at a tier, at the price offered when it was placed.</summary>
[GenerateSerializer, Immutable, Alias("market.order-line")]
public sealed record OrderLine(
    [property: Id(0)] string LineId,
    [property: Id(1)] string WorkId,
    [property: Id(2)] string Title,
    [property: Id(3)] string Tier,
    [property: Id(4)] long PriceMinor);

/// <summary>Places an order for a buyer.</summary>
[GenerateSerializer, Immutable, Alias("market.place-order")]
public sealed record PlaceOrder([property: Id(0)] string BuyerId, [property: Id(1)] IReadOnlyList<OrderLine> Lines);

/// <summary>A completed payment, as the webhook learned it.</summary>
[GenerateSerializer, Immutable, Alias("market.order-payment")]
public sealed record OrderPayment(
    [property: Id(0)] string EventId,
    [property: Id(1)] string SessionId,
    [property: Id(2)] string? PaymentIntentId,
    [property: Id(3)] long AmountMinor,
    [property: Id(4)] long FeeMinor,
    [property: Id(5)] DateTimeOffset PaidAt,
    [property: Id(6)] string? Currency = null);

/// <summary>
/// An order as its buyer sees it, with its refunds and dispute (section 2.4). <c>RefundedMinor</c> is the
/// charge's cumulative <c>amount_refunded</c> as Stripe last reported it: each <c>charge.refunded</c>
/// event only counts for what it adds to it. <c>Amounts</c> (what went back, what is left to refund) is
/// worked out by the order decider and filled in by the order grain; the view computes nothing itself.
/// </summary>
[GenerateSerializer, Immutable, Alias("market.order-view")]
public sealed record OrderView(
    [property: Id(0)] string Id,
    [property: Id(1)] string BuyerId,
    [property: Id(2)] string Status,
    [property: Id(3)] IReadOnlyList<OrderLine> Lines,
    [property: Id(4)] long AmountMinor,
    [property: Id(5)] DateTimeOffset PlacedAt,
    [property: Id(6)] string? CheckoutSessionId = null,
    [property: Id(7)] string? CheckoutUrl = null,
    [property: Id(8)] OrderPayment? Payment = null,
    [property: Id(9)] IReadOnlyList<string>? LicenseIds = null,
    [property: Id(10)] IReadOnlyList<OrderRefund>? Refunds = null,
    [property: Id(11)] long RefundedMinor = 0,
    [property: Id(12)] OrderDispute? Dispute = null,
    [property: Id(13)] OrderAmounts? Amounts = null)
{
    /// <summary>True while an open dispute freezes the order's earnings.</summary>
    public bool IsFrozen => Dispute?.FreezesEarnings == true;
}
