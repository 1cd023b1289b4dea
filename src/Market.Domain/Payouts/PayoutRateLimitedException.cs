namespace Market.Domain.Payouts;

/// <summary>
/// The payment provider is limiting Market's requests (Stripe's 429) beyond its client's own retries:
/// the party's transfer should wait and be tried again later under the same key, while the run goes
/// on with the other parties.
/// </summary>
public sealed class PayoutRateLimitedException : Exception
{
    /// <summary>A rate limit with the provider's message.</summary>
    public PayoutRateLimitedException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>A rate limit without details.</summary>
    public PayoutRateLimitedException()
        : this("The payment provider is limiting requests.")
    {
    }

    /// <summary>A rate limit with the provider's message.</summary>
    public PayoutRateLimitedException(string message)
        : this(message, null)
    {
    }
}
