namespace Market.Store.Orders;

/// <summary>
/// A webhook event already handled, kept so a redelivery is acknowledged without a second effect. Its
/// id is the primary key, so inserting it is the atomic claim of the event: a paid order's fulfilment
/// inserts it in the same transaction as its effects (<see cref="FulfilmentCommit"/>).
/// </summary>
public sealed class StripeEventRecord
{
    /// <summary>Stripe's event id.</summary>
    public string Id { get; set; } = "";

    /// <summary>The event type.</summary>
    public string Type { get; set; } = "";

    /// <summary>What Market did with it.</summary>
    public string Outcome { get; set; } = "";

    /// <summary>
    /// The order this event paid with another amount or currency than its own (null for every other
    /// event): written in the mismatch's own commit, so the admin's list of mismatched orders is exact.
    /// </summary>
    public string? MismatchedOrderId { get; set; }

    /// <summary>When it was handled.</summary>
    public DateTimeOffset HandledAt { get; set; }
}
