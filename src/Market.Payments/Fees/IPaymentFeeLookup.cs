namespace Market.Payments.Fees;

/// <summary>The payment fee of a paid checkout (DESIGN 2.2, step 1).</summary>
public interface IPaymentFeeLookup
{
    /// <summary>
    /// The fee, in minor units of the deployment's currency, of the charge behind a checkout session
    /// (<c>cs_…</c>) or payment intent (<c>pi_…</c>): Stripe's balance-transaction fee, or the sandbox
    /// formula <see cref="Market.Domain.Money.PaymentFees.Sandbox"/> of the amount.
    /// </summary>
    /// <exception cref="PaymentException">
    /// Unknown id (<see cref="PaymentErrorKind.Rejected"/>), not paid yet (<see cref="PaymentErrorKind.NotReady"/>),
    /// a fee in another currency (<see cref="PaymentErrorKind.Misconfigured"/>), or Stripe unreachable.
    /// </exception>
    Task<long> FeeForSessionAsync(string sessionOrPaymentIntentId, CancellationToken cancellationToken = default);
}
