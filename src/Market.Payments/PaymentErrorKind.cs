namespace Market.Payments;

/// <summary>What the caller can do about a <see cref="PaymentException"/>.</summary>
public enum PaymentErrorKind
{
    /// <summary>The request was refused (invalid request, card declined, idempotency clash): retrying the same request fails again. The message can be shown.</summary>
    Rejected,

    /// <summary>The provider could not be reached or failed (network, 5xx, rate limit) after its own retries: try again later with the same idempotency key.</summary>
    Unavailable,

    /// <summary>The payment has not settled far enough yet (no charge or balance transaction): ask again later.</summary>
    NotReady,

    /// <summary>The deployment is set up wrongly (key refused, account settles in another currency): an operator must act.</summary>
    Misconfigured,
}
