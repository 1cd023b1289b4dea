using Market.Contracts.Orders;
using Market.Domain.Ids;
using Market.Grains.Payouts;
using Market.Store.Ledger;

namespace Market.Web.Api.Accounts;

/// <summary>Why part of a balance is not paid yet.</summary>
public sealed record BalanceHold(string Reason, long AmountMicros, DateTimeOffset? Until);

/// <summary>A party's money by state, with the reason for every amount not paid (DESIGN 2.4).</summary>
public sealed record BalanceView(string Currency, long PendingMicros, long AvailableMicros, long InPayoutMicros, long PaidMicros, long ReceivableMicros, IReadOnlyList<BalanceHold> Holds);

/// <summary>Builds a party's balance from the ledger, dispute freezes and payout rules; the API and the dashboard both show this.</summary>
public sealed class BalanceReport(LedgerStore ledger, IGrainFactory grains, PartyHolds payoutHolds)
{
    /// <summary>The balance of <paramref name="partyId"/>.</summary>
    public async Task<BalanceView> ForAsync(string partyId, CancellationToken cancellationToken)
    {
        var balances = await ledger.BalanceAsync(new PartyId(partyId), cancellationToken);
        // Earnings of an order under dispute stay in their bucket but are frozen until it closes.
        var frozen = (await grains.GetGrain<IDisputeHoldsGrain>(partyId).Get()).Sum(h => h.AmountMicros);
        List<BalanceHold> holds = frozen > 0 ? [new BalanceHold("frozen by dispute", frozen, null)] : [];
        holds.AddRange((await payoutHolds.HoldsAsync(new PartyId(partyId), frozen, cancellationToken)).Select(h => new BalanceHold(h.Reason, h.AmountMicros, h.Until)));
        return new BalanceView("usd", balances.PendingMicros, balances.AvailableMicros, balances.InPayoutMicros, balances.PaidMicros, balances.ReceivableMicros, holds);
    }
}
