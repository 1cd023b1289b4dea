using Market.Contracts.Orders;
using Market.Domain.Ids;
using Market.Domain.Money;
using Market.Domain.Payouts;

namespace Market.Grains.Payouts;

public sealed partial class PayoutRunGrain
{
    // The plan may be older than the balance (this run crashed, and a newer run has paid since), so
    // the reservation re-checks what is payable now, inside its own database transaction, and takes
    // at most that. A resumed reservation already posted keeps the amount it reserved.
    private async Task<bool> ReserveAsync(PayoutLineState line)
    {
        var party = Party(line);
        var frozen = await FrozenMicrosAsync(party);
        var at = time.GetUtcNow();
        var posted = await ledger.ReserveFromAvailableAsync(party, PayoutKeys.Reserve(RunId, line.PartyId), available =>
            PayoutReservation.AmountMinor(line.AmountMinor, available, frozen) is var minor and > 0
                ? PayoutTransactions.Reserved(RunId, party, Micros.FromMinor(minor), at)
                : null);
        if (posted is null)
        {
            line.Reason = PayoutReservation.NothingLeft;
            await RecordAsync(line, PayoutLineStatus.Skipped);
            return false;
        }

        await interruptions.ReachedAsync(PayoutStep.ReservePosted, RunId, line.PartyId);
        line.AmountMinor = Micros.ToWholeMinor(PayoutReservation.ReservedMicros(posted.Transaction, party)).Minor;

        // Recorded with the reservation: the transfer step starts now, and Stripe forgets its key 24 h later.
        line.TransferStartedAt ??= time.GetUtcNow();
        await RecordAsync(line, PayoutLineStatus.Reserved);
        return true;
    }

    private async Task<long> FrozenMicrosAsync(PartyId party) =>
        (await GrainFactory.GetGrain<IDisputeHoldsGrain>(party.Value).Get()).Sum(h => h.AmountMicros);
}
