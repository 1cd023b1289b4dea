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

    /// <summary>The order, or null when none has this id.</summary>
    Task<OrderView?> Get();
}
