using Market.Domain.Ids;
using Market.Domain.Ledger;
using Market.Store.Ledger;

namespace Market.Store.Tests.Ledger.ModelBased;

internal sealed partial class LedgerDriver
{
    private async Task<Step> RefundAsync(Refund command)
    {
        var open = _sales.Where(k => _model.RefundableMinor(k) > 0).ToList();
        if (open.Count == 0)
        {
            return Step.Skipped("no line left to refund");
        }

        var key = open[command.Pick % open.Count];
        var left = _model.RefundableMinor(key);
        var amount = command.Size switch { RefundSize.Rest => left, RefundSize.OneMinor => 1, _ => 1 + (command.Number % left) };
        var (sale, reversals) = await SaleAndReversalsAsync(key);
        var refund = LedgerTransactions.Refund(sale, reversals, amount, RefundKey(sale), Now, balances: await BalancesOfAsync(sale));

        ShouldBeNew(await ledger.PostAsync(refund), refund);

        Posted(refund);
        return new Step("refund", $"refunded {amount} of {left} left of {key} as {refund.IdempotencyKey}", _model.Refund(key, refund.IdempotencyKey, amount));
    }

    // The domain must refuse a refund past what is left — also of a line refunded in full — so nothing is posted.
    private async Task<Step> OverRefundAsync(OverRefund command)
    {
        if (_sales.Count == 0)
        {
            return Step.Skipped("no line to over-refund");
        }

        var key = _sales[command.Pick % _sales.Count];
        var amount = _model.RefundableMinor(key) + 1 + command.Excess;
        var (sale, reversals) = await SaleAndReversalsAsync(key);
        var balances = await BalancesOfAsync(sale);

        Should.Throw<LedgerRuleException>(() => LedgerTransactions.Refund(sale, reversals, amount, RefundKey(sale), Now, balances: balances))
            .Message.ShouldContain("cannot be refunded");

        return new Step("over-refund refused", $"refused refunding {amount} of {key}, {_model.RefundableMinor(key)} left", _model.AccountsOf(key));
    }

    // Two refunds built from the same history cannot both land: the one built without the latest
    // refund takes that refund's reversal number, and the store refuses it whole.
    private async Task<Step> StaleRefundAsync(StaleRefund command)
    {
        var refunded = _sales.Where(k => _model.RefundsOf(k) > 0 && _model.RefundableMinor(k) > 0).ToList();
        if (refunded.Count == 0)
        {
            return Step.Skipped("no partly refunded line");
        }

        var key = refunded[command.Pick % refunded.Count];
        var (sale, reversals) = await SaleAndReversalsAsync(key);
        var latest = reversals.MaxBy(r => r.ReversalNumber)!;
        var stale = LedgerTransactions.Refund(
            sale, reversals.Where(r => r != latest), 1 + (command.Number % _model.RefundableMinor(key)), RefundKey(sale), Now, balances: await BalancesOfAsync(sale));

        await Should.ThrowAsync<LedgerConflictException>(() => ledger.PostAsync(stale));

        (await ledger.GetAsync(stale.IdempotencyKey)).ShouldBeNull();
        return new Step("stale refund refused", $"refused {stale.IdempotencyKey}, built without {latest.IdempotencyKey}", _model.AccountsOf(key));
    }

    private async Task<(LedgerTransaction Sale, IReadOnlyList<LedgerTransaction> Reversals)> SaleAndReversalsAsync(string key)
    {
        var sale = (await ledger.GetAsync(key)).ShouldNotBeNull($"{key} was posted");
        return (sale, await ledger.GetReversalsAsync(sale.Id));
    }

    // Every party the sale paid: the drawdown takes their shares from what they hold now.
    private Task<IReadOnlyDictionary<PartyId, PartyBalances>> BalancesOfAsync(LedgerTransaction sale) =>
        ledger.BalancesAsync(sale.Postings.Select(p => p.Account.Party).OfType<PartyId>());

    private string RefundKey(LedgerTransaction sale) => LedgerKeys.Refund($"re{_step}-{sale.References.OrderId}", sale.References.LineId!);
}
