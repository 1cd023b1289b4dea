namespace Market.Payments.Refunds;

/// <summary>A refund as the provider recorded it.</summary>
/// <param name="RefundId">Stripe's <c>re_…</c> id, or the sandbox's <c>re_sandbox_…</c>.</param>
/// <param name="AmountMinor">The amount refunded, in minor units.</param>
/// <param name="Status">Where it stands.</param>
public sealed record RefundReceipt(string RefundId, long AmountMinor, RefundStatus Status);
