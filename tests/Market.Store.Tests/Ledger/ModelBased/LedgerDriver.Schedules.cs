using System.Globalization;
using Market.Domain.Ledger;

namespace Market.Store.Tests.Ledger.ModelBased;

internal sealed partial class LedgerDriver
{
    // The daily job: settle whatever the floor holds now. A floor at or below zero (a refund after
    // the last settlement took from it) has nothing to pay, and the domain says so.
    private async Task<Step> SettleAsync(SettlePool command)
    {
        var pool = graph.Pools[command.Pool % graph.Pools.Count];
        var account = LedgerAccount.PoolFloor(pool);
        var floor = await ledger.BalanceAsync(account);
        floor.ShouldBe(_model.BalanceOf(account), $"the floor of {pool} before settling");
        var key = LedgerKeys.PoolSettlement(pool, Today);
        if (floor <= 0)
        {
            Should.Throw<LedgerRuleException>(() => LedgerTransactions.PoolSettlement(graph.Allocator, pool, floor, key, Now));
            return new Step("empty settlement refused", $"refused settling {pool}: its floor holds {floor}", [account]);
        }

        var settlement = LedgerTransactions.PoolSettlement(graph.Allocator, pool, floor, key, Now);

        ShouldBeNew(await ledger.PostAsync(settlement), settlement);

        Posted(settlement);
        return new Step("settlement", $"settled {floor} of {pool} as {key}", _model.Settlement(key, pool, floor, graph.Allocator.SettlePool(pool, floor)));
    }

    // The daily job: mature what was asked, never more than is pending; nothing pending, nothing to move.
    private async Task<Step> MatureAsync(MatureHolds command)
    {
        var party = SequenceGraph.Parties[command.Party % SequenceGraph.Parties.Count];
        var pending = (await ledger.BalanceAsync(party)).PendingMicros;
        pending.ShouldBe(_model.BalanceOf(LedgerAccount.Pending(party)), $"what {party} has pending before maturing");
        var amount = Math.Min(command.RequestedMicros, pending);
        // One maturing per party per day: the driver's own key, so repeats within a day replay.
        var key = $"holds-matured:{party}:{Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        if (amount <= 0)
        {
            Should.Throw<LedgerRuleException>(() => LedgerTransactions.HoldsMatured(party, amount, key, Now));
            return new Step("empty maturing refused", $"refused maturing {party}: {pending} pending", [LedgerAccount.Pending(party), LedgerAccount.Available(party)]);
        }

        var matured = LedgerTransactions.HoldsMatured(party, amount, key, Now);

        ShouldBeNew(await ledger.PostAsync(matured), matured);

        Posted(matured);
        return new Step("holds matured", $"matured {amount} of {pending} pending for {party} as {key}", _model.HoldsMatured(key, party, amount));
    }
}
