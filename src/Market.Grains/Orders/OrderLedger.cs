using Market.Domain.Ids;
using Market.Domain.Ledger;
using Market.Domain.Orders;
using Market.Store.Ledger;

namespace Market.Grains.Orders;

/// <summary>
/// An order's side of the ledger after the sale: refunds and lost disputes posted line by line as
/// ledger refunds of the line's sale (DESIGN 2.4), and what each party still holds from its sales.
/// </summary>
internal sealed class OrderLedger(LedgerStore ledger)
{
    /// <summary>Memo of the postings that book Stripe's dispute fee as a platform cost.</summary>
    public const string DisputeFeeMemo = "dispute fee";

    /// <summary>
    /// Posts each share as a refund of its line's sale, one transaction at a time so each draws on the
    /// parties' balances as the previous one left them. A share already posted (its key exists: a
    /// replay, or a retry after a crash) is skipped. <paramref name="disputeFeeMinor"/>, when positive,
    /// rides on the first share's transaction, so it is booked exactly when that share is.
    /// </summary>
    public async Task PostAsync(string orderId, IReadOnlyList<LineReturn> shares, long disputeFeeMinor = 0)
    {
        for (var i = 0; i < shares.Count; i++)
        {
            var share = shares[i];
            var key = LedgerKeys.Refund(share.RefundId, share.LineId);
            if (await ledger.GetAsync(key) is not null)
            {
                continue;
            }

            var sale = await SaleAsync(orderId, share.LineId);
            var reversals = await ledger.GetReversalsAsync(sale.Id);
            var balances = await ledger.BalancesAsync(PartiesOf(sale));
            var refund = LedgerTransactions.Refund(
                sale, reversals, share.AmountMinor, key, share.At, sale.References with { External = share.External, Note = share.Note }, balances);
            await ledger.PostAsync(i == 0 && disputeFeeMinor > 0 ? WithDisputeFee(refund, sale, disputeFeeMinor) : refund);
        }
    }

    /// <summary>Per party, the micros of the order's sales still in effect: what a dispute freezes.</summary>
    public async Task<IReadOnlyDictionary<string, long>> HeldByPartyAsync(Order order)
    {
        var held = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in order.Lines)
        {
            if (await ledger.GetAsync(LedgerKeys.Sale(order.Id, line.LineId)) is not { } sale)
            {
                continue;
            }

            var history = ReversalHistory.Of(sale, await ledger.GetReversalsAsync(sale.Id));
            for (var i = 0; i < sale.Postings.Count; i++)
            {
                if (sale.Postings[i] is { IsPart: true, Account.Party: { } party })
                {
                    held[party.Value] = held.GetValueOrDefault(party.Value) + history.RemainingMicros(i);
                }
            }
        }

        return held;
    }

    private async Task<LedgerTransaction> SaleAsync(string orderId, string lineId) =>
        await ledger.GetAsync(LedgerKeys.Sale(orderId, lineId))
        ?? throw new InvalidOperationException($"Order {orderId} line {lineId} has no sale in the ledger to refund.");

    private static IEnumerable<PartyId> PartiesOf(LedgerTransaction sale) =>
        sale.Postings.Select(p => p.Account.Party).OfType<PartyId>().Distinct();

    // Stripe keeps its dispute fee whatever happens to the sale's parts: the platform bears it, out of its cash.
    private static LedgerTransaction WithDisputeFee(LedgerTransaction refund, LedgerTransaction sale, long feeMinor)
    {
        var micros = checked(feeMinor * (sale.Sale?.MicrosPerMinor ?? 10_000));
        return refund with
        {
            Postings = [.. refund.Postings, new Posting(LedgerAccount.PaymentFees, micros, DisputeFeeMemo), new Posting(LedgerAccount.PlatformCash, -micros, DisputeFeeMemo)],
        };
    }
}
