namespace Market.Domain.Orders;

/// <summary>
/// The order decider's state: everything its rules need, and nothing of how the API shows it.
/// Built only by <see cref="OrderDecider.Evolve"/> from the order's events.
/// </summary>
public sealed partial record Order
{
    /// <summary>Most lines in one order.</summary>
    public const int MaxLines = 50;

    /// <summary>The order's id.</summary>
    public required string Id { get; init; }

    /// <summary>The buyer's party id.</summary>
    public required string BuyerId { get; init; }

    /// <summary>The currency the order is priced in, lower case.</summary>
    public required string Currency { get; init; }

    /// <summary>The lines, in the order they were placed.</summary>
    public required IReadOnlyList<PricedLine> Lines { get; init; }

    /// <summary>When it was placed.</summary>
    public required DateTimeOffset PlacedAt { get; init; }

    /// <summary>Where its payment stands.</summary>
    public OrderStage Stage { get; init; } = OrderStage.Pending;

    /// <summary>The checkout session, once attached.</summary>
    public string? CheckoutSessionId { get; init; }

    /// <summary>Where the buyer pays, once attached.</summary>
    public string? CheckoutUrl { get; init; }

    /// <summary>The payment, once one arrived (matching or not).</summary>
    public ReceivedPayment? Payment { get; init; }

    /// <summary>The full refund owed for a payment that did not match the order.</summary>
    public RefundDue? MismatchRefund { get; init; }

    /// <summary>Every refund, in the order it was asked for or found.</summary>
    public IReadOnlyList<Refund> Refunds { get; init; } = [];

    /// <summary>
    /// The charge's cumulative <c>amount_refunded</c> as Stripe last reported it: each
    /// <c>charge.refunded</c> event only counts for what it adds to it.
    /// </summary>
    public long RefundedMinor { get; init; }

    /// <summary>The payment's dispute, if any.</summary>
    public ChargeDispute? Dispute { get; init; }

    /// <summary>When a delayed payment failed and closed the order.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>What the order costs: the sum of its lines.</summary>
    public long AmountMinor => Lines.Sum(l => l.PriceMinor);

    /// <summary>
    /// The status the API shows: a paid order is disputed while a dispute is open or after it was lost,
    /// refunded once everything went back, paid otherwise.
    /// </summary>
    public string Status => Stage switch
    {
        OrderStage.Pending => OrderStatusNames.Pending,
        OrderStage.PaymentMismatch => OrderStatusNames.PaymentMismatch,
        OrderStage.Closed => OrderStatusNames.Closed,
        _ when Dispute is { Stage: DisputeStage.Open or DisputeStage.Lost } => OrderStatusNames.Disputed,
        _ => UndisputedStatus,
    };

    /// <summary>
    /// What a paid order shows apart from its dispute (refunded once everything went back, paid otherwise):
    /// the status a won dispute returns it to.
    /// </summary>
    public string UndisputedStatus => ReturnedMinor >= AmountMinor ? OrderStatusNames.Refunded : OrderStatusNames.Paid;

    /// <summary>The refund a caller's idempotency key made, if any.</summary>
    public Refund? RefundWithClientKey(string clientKey) => Refunds.FirstOrDefault(r => r.ClientKey == clientKey);

    /// <summary>The refund with this id, if any.</summary>
    public Refund? RefundWithId(string refundId) => Refunds.FirstOrDefault(r => r.RefundId == refundId);
}
