using Marten.Exceptions;
using Npgsql;

namespace Market.Store.Ledger;

/// <summary>Recognizes the unique-constraint violations that the ledger relies on.</summary>
public static class LedgerErrors
{
    private const string UniqueViolation = "23505";

    /// <summary>
    /// True when saving failed because a transaction's id — and so its idempotency key — is already
    /// in the ledger: the command is a replay. Use it when recording in your own session.
    /// </summary>
    public static bool IsDuplicateKey(Exception exception) =>
        Chain(exception).Any(e => e is ExistingStreamIdCollisionException
            || (e is PostgresException { SqlState: UniqueViolation } pg && pg.ConstraintName == LedgerTables.KeyIndex));

    /// <summary>True when saving failed because another reversal of the same original took the same number.</summary>
    public static bool IsReversalConflict(Exception exception) =>
        Chain(exception).Any(e => e is PostgresException { SqlState: UniqueViolation } pg && pg.ConstraintName == LedgerTables.ReversalIndex);

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        var pending = new Stack<Exception>([exception]);
        while (pending.TryPop(out var current))
        {
            yield return current;
            if (current is AggregateException aggregate)
            {
                aggregate.InnerExceptions.ToList().ForEach(pending.Push);
            }
            else if (current.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }
    }
}
