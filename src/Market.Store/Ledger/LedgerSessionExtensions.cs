using Marten;
using Market.Domain.Ledger;

namespace Market.Store.Ledger;

/// <summary>Records a ledger transaction in a caller's own unit of work.</summary>
public static class LedgerSessionExtensions
{
    /// <summary>
    /// Queues <paramref name="transaction"/> in <paramref name="session"/>, so it commits atomically
    /// with whatever else the session saves (an order's state change, the webhook event id that caused
    /// it: DESIGN 2.2, step 5). If the key was already posted, <c>SaveChangesAsync</c> fails and
    /// <see cref="LedgerErrors.IsDuplicateKey"/> says so: a replay.
    /// </summary>
    /// <exception cref="LedgerRuleException">The transaction breaks a ledger rule.</exception>
    public static void RecordLedgerTransaction(this IDocumentSession session, LedgerTransaction transaction)
    {
        LedgerRules.EnsureValid(transaction);
        session.Events.StartStream(transaction.Id, LedgerEventMapping.ToEvent(transaction));
    }
}
