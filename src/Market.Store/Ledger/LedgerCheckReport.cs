using Market.Domain.Ledger;

namespace Market.Store.Ledger;

/// <summary>The result of checking the whole ledger: how many transactions were read and every violation found.</summary>
/// <param name="Transactions">Ledger transactions (events) read.</param>
/// <param name="Violations">Each broken invariant, with the transaction at fault; empty when the ledger is clean.</param>
public sealed record LedgerCheckReport(long Transactions, IReadOnlyList<LedgerViolation> Violations)
{
    /// <summary>True when nothing is wrong.</summary>
    public bool Ok => Violations.Count == 0;
}
