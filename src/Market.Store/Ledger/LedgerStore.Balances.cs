using Market.Domain.Ids;
using Market.Domain.Ledger;
using Npgsql;

namespace Market.Store.Ledger;

public sealed partial class LedgerStore
{
    /// <summary>The balance of <paramref name="account"/> on its normal side (what a party is owed is positive).</summary>
    public async Task<long> BalanceAsync(LedgerAccount account, CancellationToken cancellationToken = default) =>
        account.ToBalance((await SumsAsync([account], before: null, cancellationToken)).GetValueOrDefault(account));

    /// <summary>The balance of <paramref name="account"/> at <paramref name="instant"/>: every transaction that occurred before it.</summary>
    public async Task<long> BalanceAsOfAsync(LedgerAccount account, DateTimeOffset instant, CancellationToken cancellationToken = default) =>
        account.ToBalance((await SumsAsync([account], instant, cancellationToken)).GetValueOrDefault(account));

    /// <summary>A party's balances now.</summary>
    public async Task<PartyBalances> BalanceAsync(PartyId party, CancellationToken cancellationToken = default) =>
        (await BalancesAsync([party], before: null, cancellationToken))[party];

    /// <summary>
    /// A party's balances at <paramref name="instant"/>: the effect of every transaction that occurred
    /// before it (by the transaction's business time), so a closed period's figures never change.
    /// </summary>
    public async Task<PartyBalances> BalancesAsOfAsync(PartyId party, DateTimeOffset instant, CancellationToken cancellationToken = default) =>
        (await BalancesAsync([party], instant, cancellationToken))[party];

    /// <summary>Several parties' balances now, in one query: what a refund's drawdown needs.</summary>
    public Task<IReadOnlyDictionary<PartyId, PartyBalances>> BalancesAsync(IEnumerable<PartyId> parties, CancellationToken cancellationToken = default) =>
        BalancesAsync([.. parties.Distinct()], before: null, cancellationToken);

    private async Task<IReadOnlyDictionary<PartyId, PartyBalances>> BalancesAsync(
        IReadOnlyList<PartyId> parties, DateTimeOffset? before, CancellationToken cancellationToken)
    {
        var sums = await SumsAsync([.. parties.SelectMany(LedgerAccount.OfParty)], before, cancellationToken);
        return parties.ToDictionary(party => party, party => BalancesOf(party, sums));
    }

    /// <summary>A party's balances from signed sums (debits positive) per account; absent accounts are zero.</summary>
    internal static PartyBalances BalancesOf(PartyId party, IReadOnlyDictionary<LedgerAccount, long> sums)
    {
        long Of(LedgerAccount account) => account.ToBalance(sums.GetValueOrDefault(account));
        return new PartyBalances(
            Of(LedgerAccount.Pending(party)), Of(LedgerAccount.Available(party)), Of(LedgerAccount.InPayout(party)),
            Of(LedgerAccount.Paid(party)), Of(LedgerAccount.Receivable(party)));
    }

    // Signed sums (debits positive) per account, over the postings projection's covering index.
    private async Task<Dictionary<LedgerAccount, long>> SumsAsync(LedgerAccount[] accounts, DateTimeOffset? before, CancellationToken cancellationToken)
    {
        var sql = $"select account, sum(amount)::bigint from {_tables.Postings} where account = any($1)"
            + (before is null ? "" : " and occurred_at < $2") + " group by account";
        await using var connection = await store.OpenLedgerConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new() { Value = accounts.Select(a => a.ToString()).ToArray() } } };
        if (before is { } instant)
        {
            command.Parameters.Add(new() { Value = instant.ToUniversalTime() });
        }

        var sums = new Dictionary<LedgerAccount, long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            sums[LedgerAccount.Parse(reader.GetString(0))] = reader.GetInt64(1);
        }

        return sums;
    }
}
