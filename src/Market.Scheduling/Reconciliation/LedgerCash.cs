using Market.Domain.Ledger;
using Market.Payments.Reconciliation;
using Market.Store.Ledger;

namespace Market.Scheduling.Reconciliation;

/// <summary>The ledger's side of a reconciliation: platform-cash postings sorted into the same kinds Stripe reports.</summary>
public static class LedgerCash
{
    /// <summary>Signed micros per kind (every kind present, zero when nothing moved).</summary>
    public static IReadOnlyDictionary<string, long> ByKind(IEnumerable<CashMovement> movements)
    {
        var micros = BalanceKinds.All.ToDictionary(k => k, _ => 0L);
        foreach (var movement in movements)
        {
            micros[KindOf(movement)] += movement.Micros;
        }

        return micros;
    }

    private static string KindOf(CashMovement movement) => movement.Kind switch
    {
        LedgerTransactionKind.Sale => movement.Inflow ? BalanceKinds.Charge : BalanceKinds.Fee,
        LedgerTransactionKind.Refund => movement.Dispute ? BalanceKinds.Dispute : BalanceKinds.Refund,
        LedgerTransactionKind.PayoutPaid => BalanceKinds.Transfer,
        _ => BalanceKinds.Other,
    };
}
