using Marten;
using Market.Domain.Ledger;
using Market.Store.Ledger;
using Market.Store.Licenses;
using Market.Store.Orleans.Storage;

namespace Market.Store.Orders;

/// <summary>
/// Everything one paid order writes (DESIGN 2.2 step 5), to commit atomically: the claim of the
/// Stripe event that paid it, its sale in the ledger, its licenses, and grain state rows (the
/// payment's link to the order and the order's new state, revision-checked).
/// </summary>
/// <param name="Claim">The event's record; its id is unique, so a second claim fails the unit.</param>
/// <param name="Sales">The ledger transactions, keyed by the ledger's own idempotency keys.</param>
/// <param name="Licenses">The signed licenses, one per line.</param>
/// <param name="States">Grain state rows written with the rest.</param>
public sealed record FulfilmentUnit(
    StripeEventRecord Claim,
    IReadOnlyList<LedgerTransaction> Sales,
    IReadOnlyList<LicenseRecord> Licenses,
    IReadOnlyList<GrainStateWrite> States)
{
    /// <summary>This unit with one more grain state row.</summary>
    public FulfilmentUnit With(GrainStateWrite state) => this with { States = [.. States, state] };

    /// <summary>Queues every write of the unit in <paramref name="session"/>.</summary>
    internal void QueueIn(IDocumentSession session)
    {
        session.Insert(Claim);
        foreach (var sale in Sales)
        {
            session.RecordLedgerTransaction(sale);
        }

        if (Licenses.Count > 0)
        {
            session.Insert(Licenses.ToArray());
        }

        foreach (var state in States)
        {
            state.QueueIn(session);
        }
    }

    /// <summary>How many rows the unit writes, roughly: what one group commit is bounded by.</summary>
    internal int Size => 1 + Sales.Count + Licenses.Count + States.Count;
}
