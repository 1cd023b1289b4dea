using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Market.Store.Ledger;

/// <summary>
/// The ledger's projection tables, both append-only. <c>ledger_transactions</c>: one row per
/// transaction, with the idempotency key unique and (original, reversal number) unique, so two
/// reversals built from the same history cannot both land. <c>ledger_postings</c>: one row per
/// posting; balances are sums over it, covered by an (account, occurred_at) index that includes the
/// amount, so a balance — now or as of any instant — is an index-only scan and every append only
/// inserts rows: no balance row that every sale would update and lock.
/// </summary>
public sealed class LedgerTables(string schema, string? eventsSchema = null)
{
    /// <summary>The unique index on (reverses, reversal_number).</summary>
    public const string ReversalIndex = "ux_ledger_transactions_reversal";

    /// <summary>The unique index on the idempotency key.</summary>
    public const string KeyIndex = "ux_ledger_transactions_key";

    /// <summary>The postings' column holding the id of the database transaction that wrote them.</summary>
    public const string RecordedXid = "recorded_xid";

    /// <summary>The schema both tables live in (the store's).</summary>
    public string Schema { get; } = schema;

    /// <summary>The qualified name of the transactions table.</summary>
    public string Transactions => $"{Schema}.ledger_transactions";

    /// <summary>The qualified name of the postings table.</summary>
    public string Postings => $"{Schema}.ledger_postings";

    /// <summary>The qualified name of Marten's events table.</summary>
    public string Events => $"{eventsSchema ?? Schema}.mt_events";

    /// <summary>The tables, for Weasel to create and migrate.</summary>
    public IEnumerable<Table> Build()
    {
        var transactions = new Table(new PostgresqlObjectName(Schema, "ledger_transactions", SchemaUtils.IdentifierUsage.General));
        transactions.AddColumn<Guid>("transaction_id").AsPrimaryKey();
        transactions.AddColumn<string>("idempotency_key").NotNull();
        transactions.AddColumn<string>("kind").NotNull();
        transactions.AddColumn<DateTimeOffset>("occurred_at").NotNull();
        transactions.AddColumn<Guid>("reverses");
        transactions.AddColumn<int>("reversal_number");
        transactions.Indexes.Add(new IndexDefinition(KeyIndex) { Columns = ["idempotency_key"], IsUnique = true });
        transactions.Indexes.Add(new IndexDefinition(ReversalIndex)
        {
            Columns = ["reverses", "reversal_number"], IsUnique = true, Predicate = "reverses is not null",
        });
        // The platform-wide reports (transparency, operator) read a month of transactions by time.
        transactions.Indexes.Add(new IndexDefinition("ix_ledger_transactions_occurred_at") { Columns = ["occurred_at"] });

        var postings = new Table(new PostgresqlObjectName(Schema, "ledger_postings", SchemaUtils.IdentifierUsage.General));
        postings.AddColumn<Guid>("transaction_id").AsPrimaryKey();
        postings.AddColumn<int>("idx").AsPrimaryKey();
        postings.AddColumn<string>("account").NotNull();
        postings.AddColumn<long>("amount").NotNull();
        postings.AddColumn<DateTimeOffset>("occurred_at").NotNull();
        // The writing transaction's id: whether a closed period's snapshot saw the posting, so a late
        // event (dated in a month already closed) is booked into the open month. Null on rows written
        // before the column existed: those count as seen by every close.
        postings.AddColumn(RecordedXid, "xid8");
        postings.Indexes.Add(new IndexDefinition("ix_ledger_postings_account")
        {
            Columns = ["account", "occurred_at"], IncludeColumns = ["amount", RecordedXid],
        });
        return [transactions, postings];
    }
}
