using Market.Domain.Ledger;
using Market.Domain.Money;

namespace Market.Domain.Payouts;

/// <summary>
/// How much a planned payout may still reserve when its turn comes. A run's plan is fixed when the
/// run starts, but another run, a refund or a netting may have taken the money since (a crashed run
/// resumed after a newer one paid everyone), so the reservation takes at most what is payable now.
/// </summary>
public static class PayoutReservation
{
    /// <summary>Why a planned party is skipped when, by its reservation, nothing is left to pay.</summary>
    public const string NothingLeft = "nothing payable when reserved: another run or a refund took the planned earnings";

    /// <summary>
    /// Whole minor units to reserve: the planned amount, or less when less is payable now (available
    /// less what a dispute freezes); 0 when not a whole minor unit is.
    /// </summary>
    public static long AmountMinor(long plannedMinor, long availableMicros, long frozenMicros)
    {
        var (payableMinor, _) = Micros.ToWholeMinor(Math.Max(0, availableMicros - Math.Max(0, frozenMicros)));
        return Math.Min(plannedMinor, payableMinor);
    }

    /// <summary>The micros a reservation moved into the party's in-payout bucket.</summary>
    public static long ReservedMicros(LedgerTransaction reservation, Ids.PartyId party) =>
        -reservation.Postings.Single(p => p.Account == LedgerAccount.InPayout(party)).AmountMicros;
}
