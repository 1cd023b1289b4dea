using Market.Domain.Ids;
using Market.Domain.Ledger;
using Market.Store.Ledger;
using Npgsql;

namespace Market.Store.Statements;

// Booking: a posting belongs to the month of its booking time — its own date, or, when it arrived
// after one of the party's months had closed (the close's snapshot did not see it), the end of the
// latest such month, whichever is later. Closed months therefore never gain a line, and the late line
// appears in the open month with its own date. Booking time is never before the posting's date, so
// every read narrows by date on the (account, occurred_at) index first.
public sealed partial class StatementLedger
{
    /// <summary>The database's current snapshot (<c>pg_snapshot</c> text), to record with a period's close before it is rendered.</summary>
    public async Task<string> SnapshotAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenLedgerConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("select pg_current_snapshot()::text", connection);
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>The transactions that posted to <paramref name="party"/>'s accounts booked at or after <paramref name="from"/> and before <paramref name="to"/>, given the party's <paramref name="closes"/>.</summary>
    public Task<IReadOnlyList<LedgerTransaction>> BookedTransactionsAsync(
        PartyId party, DateTimeOffset from, DateTimeOffset to, IReadOnlyList<PeriodClose> closes, CancellationToken cancellationToken = default) =>
        ReadAsync(
            $"select transaction_id from {_tables.Postings} p where account = any($1) and occurred_at < $3 and {BookedAt} >= $2 and {BookedAt} < $3",
            [PartyAccounts(party), from.ToUniversalTime(), to.ToUniversalTime(), .. CloseParameters(closes)],
            cancellationToken);

    /// <summary>A party's balances from every posting booked before <paramref name="instant"/>, given the party's <paramref name="closes"/>.</summary>
    public async Task<PartyBalances> BookedBalancesAsync(PartyId party, DateTimeOffset instant, IReadOnlyList<PeriodClose> closes, CancellationToken cancellationToken = default)
    {
        var sql = $"select account, sum(amount)::bigint from {_tables.Postings} p where account = any($1) and occurred_at < $2 and {BookedAt} < $3 group by account";
        await using var connection = await store.OpenLedgerConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in (object[])[PartyAccounts(party), instant.ToUniversalTime(), instant.ToUniversalTime(), .. CloseParameters(closes)]) command.Parameters.Add(new() { Value = value });
        var sums = new Dictionary<LedgerAccount, long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            sums[LedgerAccount.Parse(reader.GetString(0))] = reader.GetInt64(1);
        }

        return LedgerStore.BalancesOf(party, sums);
    }

    // $4 and $5: the closes' ends and snapshots. greatest() ignores the null of "no close missed it".
    private const string BookedAt = $"""
        greatest(p.occurred_at, (select max(c.period_end) from unnest($4::timestamptz[], $5::text[]) c(period_end, snap)
            where not pg_visible_in_snapshot(p.{LedgerTables.RecordedXid}, c.snap::pg_snapshot)))
        """;

    private static string[] PartyAccounts(PartyId party) => [.. LedgerAccount.OfParty(party).Select(a => a.ToString())];

    private static object[] CloseParameters(IReadOnlyList<PeriodClose> closes) =>
        [closes.Select(c => c.End.ToUniversalTime()).ToArray(), closes.Select(c => c.Snapshot).ToArray()];
}
