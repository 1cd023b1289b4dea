namespace Market.Domain.Payouts;

/// <summary>The payment provider refused a transfer for good (not a transient failure).</summary>
public sealed class PayoutRefusedException : Exception
{
    /// <summary>A refusal with the provider's message.</summary>
    public PayoutRefusedException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>A refusal without details.</summary>
    public PayoutRefusedException()
        : this("The transfer was refused.")
    {
    }

    /// <summary>A refusal with the provider's message.</summary>
    public PayoutRefusedException(string message)
        : this(message, null)
    {
    }
}
