using JasperFx.Events.Projections;
using Marten;

namespace Market.Store.Ledger;

/// <summary>The ledger's part of the Marten configuration.</summary>
public static class LedgerSchema
{
    /// <summary>The stable name of <see cref="LedgerTransactionRecorded"/> in <c>mt_events.type</c>.</summary>
    public const string EventTypeName = "ledger_transaction_recorded";

    /// <summary>
    /// Maps the event under a stable name (renaming the class must not orphan stored events) and adds
    /// the inline projection with its tables, in the store's schema.
    /// </summary>
    public static void Register(StoreOptions options)
    {
        options.Events.MapEventType<LedgerTransactionRecorded>(EventTypeName);
        options.Projections.Add(new LedgerProjection(new LedgerTables(options.DatabaseSchemaName)), ProjectionLifecycle.Inline);
    }
}
