namespace Market.Domain.Payouts;

/// <summary>
/// The platform cannot fund a transfer yet (the sales behind it have not settled into its available
/// balance): the reservation should be released and the party paid by a later run.
/// </summary>
public sealed class PayoutDeferredException : Exception
{
    /// <summary>A deferral with the reason shown on the run's line.</summary>
    public PayoutDeferredException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>A deferral without details.</summary>
    public PayoutDeferredException()
        : this("The platform's available balance does not cover this payout yet.")
    {
    }

    /// <summary>A deferral with the reason shown on the run's line.</summary>
    public PayoutDeferredException(string message)
        : this(message, null)
    {
    }
}
