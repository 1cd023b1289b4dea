using Marten.Exceptions;

namespace Market.Store.Ledger;

/// <summary>Recognizes the unique-constraint violations that the ledger relies on.</summary>
public static class LedgerErrors
{
    /// <summary>
    /// True when saving failed because a transaction's id — and so its idempotency key — is already
    /// in the ledger: the command is a replay. Use it when recording in your own session.
    /// </summary>
    public static bool IsDuplicateKey(Exception exception) =>
        DatabaseErrors.Chain(exception).Any(e => e is ExistingStreamIdCollisionException)
        || DatabaseErrors.IsUniqueViolationOf(exception, LedgerTables.KeyIndex);

    /// <summary>True when saving failed because another reversal of the same original took the same number.</summary>
    public static bool IsReversalConflict(Exception exception) => DatabaseErrors.IsUniqueViolationOf(exception, LedgerTables.ReversalIndex);
}
