namespace Market.Contracts.Orders;

/// <summary>
/// One order: the unit of consistency for its status. Every call is idempotent, so retries of
/// a page, an API call or a webhook have one effect.
/// </summary>
public interface IOrderGrain : IGrainWithStringKey
{
    /// <summary>Places the order; placing it again returns the order as it is.</summary>
    Task<OrderView> Place(PlaceOrder command);

    /// <summary>Records the checkout session created for the order.</summary>
    Task<OrderView> AttachCheckout(string sessionId, string url);

    /// <summary>
    /// Fulfils a paid order: allocates every line through the royalty graph into the ledger and
    /// issues the licenses. A second call for a paid order changes nothing.
    /// </summary>
    Task<OrderView> MarkPaid(OrderPayment payment);

    /// <summary>
    /// Closes a pending order whose delayed payment failed (<c>checkout.session.async_payment_failed</c>):
    /// nothing is posted. Answers the order as it stands; a paid order stays paid.
    /// </summary>
    Task<OrderView> FailPayment(string eventId, string sessionId, DateTimeOffset failedAt);

    /// <summary>The order, or null when none has this id.</summary>
    Task<OrderView?> Get();

    /// <summary>
    /// Asks the order decider whether an admin's refund may go to the provider and, if so, records it as
    /// requested with the idempotency key to send it under. The same client key finds the same refund.
    /// Nothing reaches the ledger here: the provider's <c>charge.refunded</c> event does that.
    /// </summary>
    Task<RefundRequested> RequestRefund(RequestRefund command);

    /// <summary>Marks a requested refund as refused by the provider, freeing its amount.</summary>
    Task<OrderView> RefundFailed(string refundId, string problem);

    /// <summary>
    /// Applies a <c>charge.refunded</c> event: what the cumulative amount adds to what the order has
    /// recorded is matched to the requested refunds and reversed in the ledger per line. An event
    /// whose amount adds nothing (a duplicate, or one overtaken by a later event) changes nothing.
    /// Refused while the order has no payment (a retry later finds it).
    /// </summary>
    Task<OrderAnswer> RecordRefund(ChargeRefunded refunded);

    /// <summary>A dispute opened: the order becomes disputed and its parties' earnings are frozen.</summary>
    Task<OrderAnswer> OpenDispute(DisputeChanged opened);

    /// <summary>A dispute closed: lost reverses what is left of every line, anything else releases the freeze.</summary>
    Task<OrderAnswer> CloseDispute(DisputeChanged closed);
}
