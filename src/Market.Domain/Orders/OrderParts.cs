namespace Market.Domain.Orders;

/// <summary>One line of an order: a license of a work at a tier, at the price offered when it was placed.</summary>
/// <param name="LineId">Unique within the order ("1", "2", …).</param>
/// <param name="WorkId">The work licensed.</param>
/// <param name="Title">The work's title when the order was placed.</param>
/// <param name="Tier">The license tier.</param>
/// <param name="PriceMinor">The price in minor units of the order's currency.</param>
public sealed record PricedLine(string LineId, string WorkId, string Title, string Tier, long PriceMinor);

/// <summary>A line's part of an amount given back to the buyer, in minor units.</summary>
public sealed record LineShare(string LineId, long AmountMinor);

/// <summary>A payment Stripe reported for the order's checkout.</summary>
/// <param name="EventId">The Stripe event that reported it.</param>
/// <param name="SessionId">The checkout session.</param>
/// <param name="PaymentIntentId">The payment intent; disputes name only this.</param>
/// <param name="AmountMinor">What was paid.</param>
/// <param name="Currency">The currency paid in, lower case.</param>
/// <param name="FeeMinor">Stripe's processing fee for the charge.</param>
/// <param name="PaidAt">When Stripe created the event: the sale's business time.</param>
public sealed record ReceivedPayment(
    string EventId, string SessionId, string? PaymentIntentId, long AmountMinor, string Currency, long FeeMinor, DateTimeOffset PaidAt);

/// <summary>
/// A refund the order owes the buyer without any admin asking: the whole of a payment that did not
/// match the order. <paramref name="IdempotencyKey"/> goes to the provider, so the refund is made once.
/// </summary>
public sealed record RefundDue(string IdempotencyKey, long AmountMinor, string Currency)
{
    /// <summary>The idempotency key of the full refund of an order's mismatched payment: one per order, so no delivery refunds it twice.</summary>
    public static string MismatchKeyOf(string orderId) => $"mismatch-refund:{orderId}";
}

/// <summary>
/// One line's part of a refund or of a lost dispute, as the ledger posts it: keyed by
/// <c>LedgerKeys.Refund(RefundId, LineId)</c>, so posting the same part again adds nothing.
/// </summary>
/// <param name="RefundId">The order refund's id, or the dispute's id.</param>
/// <param name="LineId">The order line.</param>
/// <param name="AmountMinor">Minor units returned to the buyer for this line.</param>
/// <param name="At">When Stripe reported it (the ledger's business time).</param>
/// <param name="External">The Stripe event that reported it.</param>
/// <param name="Note">Why, for statements and support.</param>
public sealed record LineReturn(string RefundId, string LineId, long AmountMinor, DateTimeOffset At, string External, string Note);
