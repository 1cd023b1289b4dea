using JasperFx;
using Marten.Exceptions;
using Npgsql;

namespace Market.Store;

/// <summary>
/// Recognizes what PostgreSQL said beneath Marten's wrapping: how deep the original error sits depends
/// on the path (batched saves wrap it in aggregates), so every check walks the whole chain.
/// </summary>
public static class DatabaseErrors
{
    /// <summary>True when saving failed because a document with the same id is already stored.</summary>
    public static bool IsAlreadyStored(Exception exception) =>
        Chain(exception).Any(e => e is DocumentAlreadyExistsException or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation });

    /// <summary>True when saving failed on unique index <paramref name="index"/>.</summary>
    public static bool IsUniqueViolationOf(Exception exception, string index) =>
        Chain(exception).Any(e => e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg && pg.ConstraintName == index);

    /// <summary><paramref name="exception"/> and every exception inside it, aggregates included.</summary>
    public static IEnumerable<Exception> Chain(Exception exception)
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
