namespace Market.Payments.Refunds;

/// <summary>Gives a buyer money back.</summary>
public interface IRefundGateway
{
    /// <summary>
    /// Refunds <paramref name="amountMinor"/> of the payment <paramref name="paymentIntentId"/>. The same
    /// <paramref name="idempotencyKey"/> returns the first refund instead of refunding twice. Its effect on
    /// the ledger arrives as a signed <c>charge.refunded</c> event (<c>amount_refunded</c> is cumulative).
    /// </summary>
    /// <exception cref="ArgumentException">A blank id or key, or an amount below 1.</exception>
    /// <exception cref="PaymentException">Refused (unknown payment, more than is left, key reused with another amount) or Stripe unreachable.</exception>
    Task<RefundReceipt> RefundAsync(string paymentIntentId, long amountMinor, string idempotencyKey, CancellationToken cancellationToken = default);
}
