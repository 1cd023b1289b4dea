namespace Market.Payments.Checkout;

/// <summary>Starts the buyer's payment: a Stripe Checkout session, or the sandbox's stand-in.</summary>
public interface ICheckoutGateway
{
    /// <summary>
    /// Creates the checkout of <paramref name="request"/>'s order. Idempotent per order (key
    /// <c>checkout:{orderId}</c>): asking again for the same order returns the same session, and asking
    /// with different lines or addresses is rejected (<c>idempotency_error</c>) as Stripe does. The
    /// payment's outcome arrives as a signed <c>checkout.session.completed</c> event at
    /// <see cref="PaymentRoutes.Webhook"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The request is malformed.</exception>
    /// <exception cref="PaymentException">The provider refused it or could not be reached.</exception>
    Task<CheckoutSession> CreateSessionAsync(CheckoutRequest request, CancellationToken cancellationToken = default);
}
