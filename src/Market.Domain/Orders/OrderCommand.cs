namespace Market.Domain.Orders;

/// <summary>What can be asked of an order. Times that Stripe reports travel in the command; "now" is passed to <see cref="OrderDecider.Decide"/>.</summary>
public abstract record OrderCommand
{
    private OrderCommand()
    {
    }

    /// <summary>Places the order (placing it again changes nothing).</summary>
    public sealed record Place(string OrderId, string BuyerId, string Currency, IReadOnlyList<PricedLine> Lines) : OrderCommand;

    /// <summary>Records the checkout session created for the pending order.</summary>
    public sealed record AttachCheckout(string SessionId, string Url) : OrderCommand;

    /// <summary>
    /// A payment arrived (<c>checkout.session.completed</c> with <c>payment_status: paid</c>, or
    /// <c>checkout.session.async_payment_succeeded</c>). Its amount and currency decide between paid
    /// and mismatch. <paramref name="FeeMinor"/> is Stripe's processing fee; null when the event does
    /// not carry it, and a matching payment needs it before it can be fulfilled.
    /// </summary>
    public sealed record ConfirmPayment(
        string EventId, string SessionId, string? PaymentIntentId, long AmountMinor, string Currency, long? FeeMinor, DateTimeOffset PaidAt) : OrderCommand;

    /// <summary>
    /// <c>checkout.session.completed</c> whose <c>payment_status</c> is not <c>paid</c> (a delayed
    /// payment method is still settling): nothing is fulfilled.
    /// </summary>
    public sealed record NoteUnpaidCompletion(string EventId, string SessionId) : OrderCommand;

    /// <summary><c>checkout.session.async_payment_failed</c>: the delayed payment failed; the order closes.</summary>
    public sealed record FailPayment(string EventId, string SessionId, DateTimeOffset At) : OrderCommand;

    /// <summary>An admin's refund: a line or the whole order (null line), an amount or all that is left (null amount).</summary>
    public sealed record RequestRefund(string? LineId, long? AmountMinor, string? ClientKey = null) : OrderCommand;

    /// <summary>The provider refused a requested refund; its amount is free again.</summary>
    public sealed record FailRefund(string RefundId, string Problem) : OrderCommand;

    /// <summary>
    /// <c>charge.refunded</c>: <paramref name="AmountRefundedMinor"/> is the charge's cumulative total,
    /// <paramref name="RequestKey"/> the idempotency key of the refund call that caused it, if Market made it.
    /// </summary>
    public sealed record RecordChargeRefund(string EventId, long AmountRefundedMinor, string? RequestKey, DateTimeOffset At) : OrderCommand;

    /// <summary><c>charge.dispute.created</c>: the payment is disputed.</summary>
    public sealed record OpenDispute(string EventId, string DisputeId, long AmountMinor, string? Reason, DateTimeOffset At) : OrderCommand;

    /// <summary>
    /// <c>charge.dispute.closed</c>: <paramref name="Lost"/> when Stripe's status is <c>lost</c>; any other
    /// closing status releases the freeze. <paramref name="FeeMinor"/> is the dispute fee Stripe took.
    /// </summary>
    public sealed record CloseDispute(
        string EventId, string DisputeId, long AmountMinor, string? Reason, bool Lost, long FeeMinor, DateTimeOffset At) : OrderCommand;
}
