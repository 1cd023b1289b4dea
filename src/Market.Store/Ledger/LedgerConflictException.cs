namespace Market.Store.Ledger;

/// <summary>
/// A transaction could not be posted because the ledger changed under it: another reversal of the
/// same original landed first (rebuild it from the current reversals), or a key kept colliding.
/// </summary>
public sealed class LedgerConflictException : InvalidOperationException
{
    /// <summary>A conflict described by <paramref name="message"/>.</summary>
    public LedgerConflictException(string message)
        : base(message)
    {
    }

    /// <summary>A conflict described by <paramref name="message"/>, raised by <paramref name="innerException"/>.</summary>
    public LedgerConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Without details; prefer the other constructors.</summary>
    public LedgerConflictException()
        : this("The ledger changed while the transaction was being posted.")
    {
    }
}
