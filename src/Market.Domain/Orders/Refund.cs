namespace Market.Domain.Orders;

/// <summary>Where a refund of an order stands.</summary>
public enum RefundStage
{
    /// <summary>Sent to the payment provider; its <c>charge.refunded</c> event has not arrived yet.</summary>
    Requested,

    /// <summary>Stripe reported it: the buyer has the money back and the ledger reverses its share.</summary>
    Succeeded,

    /// <summary>The provider refused it; nothing moved.</summary>
    Failed,
}

/// <summary>
/// One refund of an order: asked for by an admin, or found on the charge when Stripe refunded money
/// Market did not ask for (a refund made in Stripe's dashboard).
/// </summary>
/// <param name="RefundId"><c>{orderId}:r{n}</c> when requested, <c>{orderId}:c{cumulative}</c> when found on the charge.</param>
/// <param name="LineId">The line refunded; null for the whole order, apportioned over its lines.</param>
/// <param name="AmountMinor">Minor units returned to the buyer.</param>
/// <param name="Stage">Requested, succeeded or failed.</param>
/// <param name="RequestedAt">When it was asked for (or found).</param>
/// <param name="GatewayKey">The idempotency key sent to the provider (<c>refund:{RefundId}</c>); Stripe echoes it on the event.</param>
/// <param name="ClientKey">The caller's <c>Idempotency-Key</c>, so a repeated command finds this refund.</param>
/// <param name="Applied">Per line, what the ledger reverses, once it succeeded.</param>
/// <param name="EventId">The Stripe event that reported it.</param>
/// <param name="Problem">Why it failed.</param>
public sealed record Refund(
    string RefundId,
    string? LineId,
    long AmountMinor,
    RefundStage Stage,
    DateTimeOffset RequestedAt,
    string? GatewayKey = null,
    string? ClientKey = null,
    IReadOnlyList<LineShare>? Applied = null,
    string? EventId = null,
    string? Problem = null);
