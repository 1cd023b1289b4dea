namespace Market.Contracts.Orders;

/// <summary>Where a dispute (chargeback) of an order's payment stands.</summary>
public static class DisputeStatus
{
    /// <summary>Open: the order's earnings are frozen.</summary>
    public const string Open = "open";

    /// <summary>Closed in the merchant's favour: earnings released.</summary>
    public const string Won = "won";

    /// <summary>Closed in the buyer's favour: the sale is reversed.</summary>
    public const string Lost = "lost";
}

/// <summary>A dispute of the order's payment.</summary>
/// <param name="DisputeId">Stripe's <c>dp_…</c> id.</param>
/// <param name="AmountMinor">The amount disputed.</param>
/// <param name="Reason">Stripe's reason, such as <c>fraudulent</c>.</param>
/// <param name="Status">A <see cref="DisputeStatus"/>.</param>
/// <param name="StatusBefore">The order's status when the dispute opened, restored when it is won.</param>
/// <param name="OpenedAt">When it opened.</param>
/// <param name="ClosedAt">When it closed.</param>
/// <param name="FeeMinor">Stripe's dispute fee, booked as a platform cost when the dispute is lost.</param>
/// <param name="Reversed">Per line, what a lost dispute took back.</param>
[GenerateSerializer, Immutable, Alias("market.order-dispute")]
public sealed record OrderDispute(
    [property: Id(0)] string DisputeId,
    [property: Id(1)] long AmountMinor,
    [property: Id(2)] string? Reason,
    [property: Id(3)] string Status,
    [property: Id(4)] string StatusBefore,
    [property: Id(5)] DateTimeOffset OpenedAt,
    [property: Id(6)] DateTimeOffset? ClosedAt = null,
    [property: Id(7)] long FeeMinor = 0,
    [property: Id(8)] IReadOnlyList<LineAmount>? Reversed = null)
{
    /// <summary>True while the dispute is open: the order's allocations may not be paid out.</summary>
    public bool FreezesEarnings => Status == DisputeStatus.Open;
}

/// <summary>A verified <c>charge.dispute.created</c> or <c>charge.dispute.closed</c> event (<c>Lost</c> is false for an opening).</summary>
/// <param name="EventId">The event id.</param>
/// <param name="DisputeId">Stripe's dispute id.</param>
/// <param name="AmountMinor">The amount disputed.</param>
/// <param name="Reason">Stripe's reason.</param>
/// <param name="Lost">True when Stripe's closing status is <c>lost</c>, which reverses the sale; any other closing status releases it.</param>
/// <param name="FeeMinor">The dispute fee Stripe took (the sum of the dispute's balance-transaction fees).</param>
/// <param name="At">When Stripe created the event.</param>
[GenerateSerializer, Immutable, Alias("market.dispute-changed")]
public sealed record DisputeChanged(
    [property: Id(0)] string EventId,
    [property: Id(1)] string DisputeId,
    [property: Id(2)] long AmountMinor,
    [property: Id(3)] string? Reason,
    [property: Id(7)] bool Lost,
    [property: Id(5)] long FeeMinor,
    [property: Id(6)] DateTimeOffset At);
