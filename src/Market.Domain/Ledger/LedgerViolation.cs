namespace Market.Domain.Ledger;

/// <summary>One broken ledger invariant: the transaction at fault (null for a ledger-wide one) and what is wrong.</summary>
public sealed record LedgerViolation(Guid? TransactionId, string Problem);
