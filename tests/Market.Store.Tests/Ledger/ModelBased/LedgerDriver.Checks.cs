using Market.Domain.Ledger;

namespace Market.Store.Tests.Ledger.ModelBased;

internal sealed partial class LedgerDriver
{
    private static readonly LedgerAccount[] PlatformAccounts =
        [LedgerAccount.PlatformCash, LedgerAccount.PaymentFees, LedgerAccount.PlatformRevenue, LedgerAccount.RefundsReserve, LedgerAccount.ConnectedAccounts];

    /// <summary>
    /// After every step: each account the step touched (or, for a refused or replayed command, would
    /// have touched), every platform account and every pool floor, one by one through
    /// <c>BalanceAsync</c>; every party's five balances in one query; then the whole-ledger invariant
    /// check, which must be clean and count exactly the transactions the model posted.
    /// </summary>
    private async Task CheckAsync(IReadOnlyCollection<LedgerAccount> touched)
    {
        var differences = new List<string>();
        foreach (var account in touched.Concat(PlatformAccounts).Concat(graph.Pools.Select(LedgerAccount.PoolFloor)).Distinct())
        {
            var (stored, expected) = (await ledger.BalanceAsync(account), _model.BalanceOf(account));
            if (stored != expected)
            {
                differences.Add($"{account}: ledger {stored}, model {expected}");
            }
        }

        foreach (var (party, stored) in await ledger.BalancesAsync(SequenceGraph.Parties))
        {
            if (stored != _model.BalancesOf(party))
            {
                differences.Add($"{party}: ledger {stored}, model {_model.BalancesOf(party)}");
            }
        }

        differences.ShouldBeEmpty("balances that differ from the model");
        var report = await invariants.CheckAsync();
        report.Violations.ShouldBeEmpty("violations found by the invariant check");
        report.Ok.ShouldBeTrue();
        report.Transactions.ShouldBe(_model.Transactions, "transactions in the ledger against keys posted in the model");
    }
}
