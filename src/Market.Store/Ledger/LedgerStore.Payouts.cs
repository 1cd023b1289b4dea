using Market.Domain.Ids;
using Market.Domain.Ledger;
using Market.Domain.Payouts;
using Npgsql;

namespace Market.Store.Ledger;

public sealed partial class LedgerStore
{
    /// <summary>
    /// The credits to <paramref name="party"/>'s pending balance that occurred after <paramref name="since"/>:
    /// the earnings that may still be within their hold window.
    /// </summary>
    public async Task<IReadOnlyList<PendingCredit>> PendingCreditsSinceAsync(PartyId party, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        var sql = $"select occurred_at, -amount from {_tables.Postings} where account = $1 and amount < 0 and occurred_at > $2 order by occurred_at";
        await using var connection = await store.OpenLedgerConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection)
        {
            Parameters = { new() { Value = LedgerAccount.Pending(party).ToString() }, new() { Value = since.ToUniversalTime() } },
        };
        var credits = new List<PendingCredit>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            credits.Add(new PendingCredit(reader.GetFieldValue<DateTimeOffset>(0), reader.GetInt64(1)));
        }

        return credits;
    }

    /// <summary>All ever credited to <paramref name="party"/>'s pending balance, in micros: it grows with each sale or settlement part.</summary>
    public async Task<long> PendingCreditedAsync(PartyId party, CancellationToken cancellationToken = default)
    {
        var sql = $"select coalesce(sum(-amount), 0)::bigint from {_tables.Postings} where account = $1 and amount < 0";
        await using var connection = await store.OpenLedgerConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new() { Value = LedgerAccount.Pending(party).ToString() } } };
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>The parties whose <paramref name="bucket"/> (pending or available) holds a positive balance, in ordinal order.</summary>
    public async Task<IReadOnlyList<PartyId>> PartiesWithBalanceAsync(LedgerAccountKind bucket, CancellationToken cancellationToken = default)
    {
        var suffix = LedgerAccount.OfParty(new PartyId("x")).Single(a => a.Kind == bucket).ToString()["party:x".Length..];
        var sql = $"select account from {_tables.Postings} where account like 'party:%' and account like $1 group by account having sum(amount) < 0";
        await using var connection = await store.OpenLedgerConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new() { Value = "%" + suffix } } };
        var parties = new List<PartyId>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (LedgerAccount.Parse(reader.GetString(0)).Party is { } party)
            {
                parties.Add(party);
            }
        }

        return [.. parties.Order(PartyId.Ordinal)];
    }
}
