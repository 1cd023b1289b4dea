namespace Market.Payments;

/// <summary>
/// A payment call failed. Both modes throw only this, so callers never catch Stripe.net's types; the
/// message is Stripe's own (or the sandbox's equivalent), fit to show a buyer when the kind is
/// <see cref="PaymentErrorKind.Rejected"/>.
/// </summary>
public sealed class PaymentException : Exception
{
    /// <summary>A failure of the given kind; <paramref name="rateLimited"/> when the provider said too many requests (HTTP 429).</summary>
    public PaymentException(PaymentErrorKind kind, string message, string? code = null, Exception? innerException = null, bool rateLimited = false)
        : base(message, innerException) => (Kind, Code, RateLimited) = (kind, code, rateLimited);

    /// <summary>A rejected request (for serializers and tooling).</summary>
    public PaymentException()
        : this(PaymentErrorKind.Rejected, "The payment request failed.")
    {
    }

    /// <summary>A rejected request with <paramref name="message"/>.</summary>
    public PaymentException(string message)
        : this(PaymentErrorKind.Rejected, message)
    {
    }

    /// <summary>A rejected request with <paramref name="message"/> caused by <paramref name="innerException"/>.</summary>
    public PaymentException(string message, Exception innerException)
        : this(PaymentErrorKind.Rejected, message, null, innerException)
    {
    }

    /// <summary>What the caller can do about it.</summary>
    public PaymentErrorKind Kind { get; }

    /// <summary>Stripe's error code (<c>amount_too_small</c>, <c>resource_missing</c>, <c>idempotency_error</c>, …) when there is one.</summary>
    public string? Code { get; }

    /// <summary>
    /// True when Stripe answered 429 (too many requests) after Stripe.net's own retries. The kind is then
    /// <see cref="PaymentErrorKind.Unavailable"/>; a caller that can set one party's work aside (a payout
    /// run) waits longer before the next try rather than stopping everything.
    /// </summary>
    public bool RateLimited { get; }
}
