namespace Market.Contracts.Orders;

/// <summary>Where a refund of an order stands.</summary>
public static class OrderRefundStatus
{
    /// <summary>Sent to the payment provider; its <c>charge.refunded</c> event has not arrived yet.</summary>
    public const string Requested = "requested";

    /// <summary>Stripe reported it: the buyer has the money back and the ledger reversed its share.</summary>
    public const string Succeeded = "succeeded";

    /// <summary>The provider refused it; nothing moved.</summary>
    public const string Failed = "failed";
}

/// <summary>A line's share of a refund or of a lost dispute, in minor units.</summary>
[GenerateSerializer, Immutable, Alias("market.line-amount")]
public sealed record LineAmount([property: Id(0)] string LineId, [property: Id(1)] long AmountMinor);

/// <summary>
/// One refund of an order: asked for by an admin, or found on the charge when Stripe refunded money
/// Market did not ask for (a refund made in Stripe's dashboard).
/// </summary>
/// <param name="RefundId">Market's id: <c>{orderId}:r{n}</c> when requested, <c>{orderId}:c{cumulative}</c> when found on the charge.</param>
/// <param name="LineId">The line refunded; null for the whole order, apportioned over its lines.</param>
/// <param name="AmountMinor">Minor units returned to the buyer.</param>
/// <param name="Status">An <see cref="OrderRefundStatus"/>.</param>
/// <param name="RequestedAt">When it was asked for (or found).</param>
/// <param name="GatewayKey">The idempotency key sent to the payment provider; Stripe echoes it on the event.</param>
/// <param name="ClientKey">The caller's <c>Idempotency-Key</c>, so a repeated command finds this refund.</param>
/// <param name="Applied">Per line, what the ledger reversed, once it succeeded.</param>
/// <param name="EventId">The Stripe event that reported it.</param>
/// <param name="Problem">Why it failed.</param>
[GenerateSerializer, Immutable, Alias("market.order-refund")]
public sealed record OrderRefund(
    [property: Id(0)] string RefundId,
    [property: Id(1)] string? LineId,
    [property: Id(2)] long AmountMinor,
    [property: Id(3)] string Status,
    [property: Id(4)] DateTimeOffset RequestedAt,
    [property: Id(5)] string? GatewayKey = null,
    [property: Id(6)] string? ClientKey = null,
    [property: Id(7)] IReadOnlyList<LineAmount>? Applied = null,
    [property: Id(8)] string? EventId = null,
    [property: Id(9)] string? Problem = null);

/// <summary>An admin's refund: a line or the whole order, an amount or all that is left.</summary>
[GenerateSerializer, Immutable, Alias("market.request-refund")]
public sealed record RequestRefund(
    [property: Id(0)] string? LineId,
    [property: Id(1)] long? AmountMinor,
    [property: Id(2)] string? ClientKey = null);

/// <summary>
/// The answer to <see cref="RequestRefund"/>: the refund to send to the provider (a new one, or the one
/// the same client key made before), or why the order refused it.
/// </summary>
[GenerateSerializer, Immutable, Alias("market.refund-requested")]
public sealed record RefundRequested(
    [property: Id(0)] OrderRefund? Refund,
    [property: Id(1)] OrderView? Order,
    [property: Id(4)] OrderRefused? Refused = null);

/// <summary>A verified <c>charge.refunded</c> event: Stripe's cumulative refunded amount of the order's charge.</summary>
/// <param name="EventId">The event id.</param>
/// <param name="AmountRefundedMinor">The charge's <c>amount_refunded</c>: every refund so far, not just this one.</param>
/// <param name="RequestKey">The idempotency key of the refund call that caused it, when Market made that call.</param>
/// <param name="At">When Stripe created the event.</param>
[GenerateSerializer, Immutable, Alias("market.charge-refunded")]
public sealed record ChargeRefunded(
    [property: Id(0)] string EventId,
    [property: Id(1)] long AmountRefundedMinor,
    [property: Id(2)] string? RequestKey,
    [property: Id(3)] DateTimeOffset At);
