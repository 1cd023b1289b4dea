namespace Market.Domain.Orders;

/// <summary>What happened to an order: facts in the past tense, folded into <see cref="Order"/> by <see cref="OrderDecider.Evolve"/>.</summary>
public abstract record OrderEvent
{
    private OrderEvent()
    {
    }

    /// <summary>The order was placed.</summary>
    public sealed record Placed(string OrderId, string BuyerId, string Currency, IReadOnlyList<PricedLine> Lines, DateTimeOffset At) : OrderEvent;

    /// <summary>A checkout session was attached.</summary>
    public sealed record CheckoutAttached(string SessionId, string Url) : OrderEvent;

    /// <summary>The order was paid in full: post the sale (fee apportioned by line price), issue a license per line.</summary>
    public sealed record Paid(ReceivedPayment Payment) : OrderEvent;

    /// <summary>
    /// A payment whose amount or currency is not the order's arrived: nothing is fulfilled, no party is
    /// credited, and <paramref name="Refund"/> (all of what was paid) must be sent to the provider under its key.
    /// </summary>
    public sealed record PaymentMismatched(ReceivedPayment Payment, RefundDue Refund) : OrderEvent;

    /// <summary>A delayed payment failed; the order is closed.</summary>
    public sealed record PaymentFailed(string EventId, string SessionId, DateTimeOffset At) : OrderEvent;

    /// <summary>An admin's refund was accepted: send it to the provider under <see cref="Refund.GatewayKey"/>.</summary>
    public sealed record RefundRequested(Refund Refund) : OrderEvent;

    /// <summary>The provider refused a requested refund.</summary>
    public sealed record RefundFailed(string RefundId, string Problem) : OrderEvent;

    /// <summary>
    /// Stripe reported more refunded on the charge: <paramref name="RefundedMinor"/> is the new cumulative
    /// total; <paramref name="Applied"/> are the refunds it settles (empty for a mismatched payment, which has no sale).
    /// </summary>
    public sealed record ChargeRefunded(string EventId, long RefundedMinor, DateTimeOffset At, IReadOnlyList<AppliedRefund> Applied) : OrderEvent
    {
        /// <summary>Per line, what the ledger reverses: one refund of the line's sale each.</summary>
        public IReadOnlyList<LineReturn> Returns =>
            [.. Applied.SelectMany(r => r.Lines.Select(l => new LineReturn(r.RefundId, l.LineId, l.AmountMinor, At, EventId, r.Note)))];
    }

    /// <summary>A dispute opened: the order's earnings are frozen.</summary>
    public sealed record DisputeOpened(string DisputeId, long AmountMinor, string? Reason, DateTimeOffset At) : OrderEvent;

    /// <summary>A dispute closed in the merchant's favour: the freeze is released. Carries the opening facts in case the close overtook the open.</summary>
    public sealed record DisputeWon(string DisputeId, long AmountMinor, string? Reason, DateTimeOffset OpenedAt, DateTimeOffset At, long FeeMinor) : OrderEvent;

    /// <summary>
    /// A dispute closed in the buyer's favour: <paramref name="Reversed"/> (what was left of every line)
    /// goes back through the ledger, Stripe's fee is a platform cost, and the freeze is released.
    /// </summary>
    public sealed record DisputeLost(
        string EventId, string DisputeId, long AmountMinor, string? Reason, DateTimeOffset OpenedAt, DateTimeOffset At, long FeeMinor, IReadOnlyList<LineShare> Reversed) : OrderEvent
    {
        /// <summary>Per line, what the ledger reverses, keyed by the dispute's id.</summary>
        public IReadOnlyList<LineReturn> Returns =>
            [.. Reversed.Select(l => new LineReturn(DisputeId, l.LineId, l.AmountMinor, At, EventId, $"dispute {DisputeId} lost"))];
    }
}

/// <summary>A refund that a <c>charge.refunded</c> event settled.</summary>
/// <param name="RefundId">The requested refund's id, or <c>{orderId}:c{cumulative}</c> for money refunded outside Market.</param>
/// <param name="LineId">The line it was asked for; null for the whole order.</param>
/// <param name="AmountMinor">What it returned.</param>
/// <param name="Lines">Its split over the lines.</param>
/// <param name="WasRequested">True when Market asked for it; false when it was found on the charge.</param>
/// <param name="Note">Why, for the ledger's references.</param>
public sealed record AppliedRefund(string RefundId, string? LineId, long AmountMinor, IReadOnlyList<LineShare> Lines, bool WasRequested, string Note);
