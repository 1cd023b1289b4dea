using System.Diagnostics.Metrics;

namespace Market.Store.Ledger;

/// <summary>
/// The ledger's meter (<c>Market.Ledger</c>): how many callers and transactions each group commit
/// carried, and how often a group fell back to posting its callers one by one.
/// </summary>
public static class LedgerMetrics
{
    /// <summary>The meter's name, for exporters.</summary>
    public const string MeterName = "Market.Ledger";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Histogram<int> CallersPerCommit = Meter.CreateHistogram<int>(
        "market.ledger.group_commit.callers", "{caller}", "Callers whose posts shared one PostgreSQL transaction.");
    private static readonly Counter<long> TransactionsCommitted = Meter.CreateCounter<long>(
        "market.ledger.group_commit.transactions", "{transaction}", "Ledger transactions posted through group commits.");
    private static readonly Counter<long> Fallbacks = Meter.CreateCounter<long>(
        "market.ledger.group_commit.fallbacks", "{group}", "Groups that failed and were posted caller by caller.");

    internal static void RecordGroupCommit(int callers, int transactions)
    {
        CallersPerCommit.Record(callers);
        TransactionsCommitted.Add(transactions);
    }

    internal static void RecordGroupFallback() => Fallbacks.Add(1);
}
