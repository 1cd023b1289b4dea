namespace Market.Domain.Ledger;

/// <summary>A ledger transaction, or the command that would build one, breaks a ledger rule.</summary>
public sealed class LedgerRuleException : ArgumentException
{
    /// <summary>A transaction with these problems.</summary>
    public LedgerRuleException(string idempotencyKey, IReadOnlyList<string> problems)
        : base($"Ledger transaction '{idempotencyKey}' is invalid: {string.Join("; ", problems)}.") => Problems = problems;

    /// <summary>A command that cannot be turned into a transaction.</summary>
    public LedgerRuleException(string message)
        : base(message) => Problems = [message];

    /// <summary>A command that cannot be turned into a transaction, because of another failure.</summary>
    public LedgerRuleException(string message, Exception innerException)
        : base(message, innerException) => Problems = [message];

    /// <summary>Without details; prefer the other constructors.</summary>
    public LedgerRuleException()
        : this("A ledger rule is broken.")
    {
    }

    /// <summary>Each problem found.</summary>
    public IReadOnlyList<string> Problems { get; }
}
