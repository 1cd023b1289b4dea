namespace Market.Grains.Orders;

/// <summary>
/// One line's share of a refund or a lost dispute, as the ledger will post it: the transaction's key
/// is <c>LedgerKeys.Refund(RefundId, LineId)</c>, so replaying the same share posts nothing new.
/// </summary>
/// <param name="RefundId">The order refund's id, or the dispute's id.</param>
/// <param name="LineId">The order line.</param>
/// <param name="AmountMinor">Minor units returned to the buyer for this line.</param>
/// <param name="At">When Stripe reported it (the ledger's business time).</param>
/// <param name="External">The Stripe event that reported it.</param>
/// <param name="Note">Why, for statements and support.</param>
internal sealed record LineRefund(string RefundId, string LineId, long AmountMinor, DateTimeOffset At, string External, string Note);
