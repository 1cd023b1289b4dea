using Marten;
using Npgsql;

namespace Market.Store.Ledger;

/// <summary>
/// Makes the ledger append-only in PostgreSQL itself (DESIGN 2.3): a trigger refuses every UPDATE and
/// DELETE of a ledger row, so neither a bug nor an injected statement running as Market's own role can
/// rewrite history; a correction is a new, reversing transaction. Only the table owner can go around it
/// (<c>ALTER TABLE … DISABLE TRIGGER</c>), which is a deliberate, visible act.
/// </summary>
/// <remarks>
/// Scope: both projection tables whole (Market only ever inserts into them), and in Marten's
/// <c>mt_events</c> only the rows of the ledger's event type. Other events share that table, and
/// Marten itself may update event rows it owns (archiving, tombstones), so the event trigger is
/// limited to ledger events. <c>mt_streams</c> is left alone: Marten updates a stream's version row on
/// every append, it holds no amounts, and each ledger stream is started once with its one event.
/// TRUNCATE is not a row change and is left to the owner (tests reset a ledger with it).
/// </remarks>
public static class LedgerAppendOnly
{
    /// <summary>The name of the trigger on each ledger table.</summary>
    public const string TriggerName = "ledger_append_only";

    /// <summary>Creates (or replaces) the trigger function and the triggers; idempotent, run at start by the schema's owner.</summary>
    public static async Task EnsureAsync(IDocumentStore store, CancellationToken cancellationToken = default)
    {
        var tables = new LedgerTables(store.Options.DatabaseSchemaName, store.Options.Events.DatabaseSchemaName);
        var function = $"{tables.Schema}.ledger_refuse_change";
        var sql = $"""
            CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              RAISE EXCEPTION 'the ledger is append-only: % of a row in %.% is refused', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME
                USING HINT = 'post a reversing transaction instead';
            END $$;
            CREATE OR REPLACE TRIGGER {TriggerName} BEFORE UPDATE OR DELETE ON {tables.Transactions}
              FOR EACH ROW EXECUTE FUNCTION {function}();
            CREATE OR REPLACE TRIGGER {TriggerName} BEFORE UPDATE OR DELETE ON {tables.Postings}
              FOR EACH ROW EXECUTE FUNCTION {function}();
            CREATE OR REPLACE TRIGGER {TriggerName} BEFORE UPDATE OR DELETE ON {tables.Events}
              FOR EACH ROW WHEN (OLD.type = '{LedgerSchema.EventTypeName}') EXECUTE FUNCTION {function}();
            """;
        await using var connection = await store.OpenLedgerConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
