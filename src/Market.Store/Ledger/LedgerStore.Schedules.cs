using Market.Domain.Ids;
using Market.Domain.Ledger;
using Npgsql;

namespace Market.Store.Ledger;

public sealed partial class LedgerStore
{
    /// <summary>Every pool whose floor account holds a positive balance, with that balance, in ordinal order of the model id.</summary>
    public async Task<IReadOnlyList<(ModelId Pool, long FloorMicros)>> PoolFloorsAsync(CancellationToken cancellationToken = default)
    {
        const string prefix = "pool:";
        var sql = $"select account, -sum(amount)::bigint from {_tables.Postings} where starts_with(account, $1) group by account having sum(amount) < 0";
        await using var connection = await store.OpenLedgerConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new() { Value = prefix } } };
        var pools = new List<(ModelId, long)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var account = LedgerAccount.Parse(reader.GetString(0));
            if (account.Kind == LedgerAccountKind.PoolFloor)
            {
                pools.Add((new ModelId(account.Owner!), reader.GetInt64(1)));
            }
        }

        return [.. pools.OrderBy(p => p.Item1, ModelId.Ordinal)];
    }

    /// <summary>
    /// Everything ever credited to <paramref name="account"/> by transactions that occurred at or before
    /// <paramref name="cutoff"/>: it grows with each credit that reaches the cutoff, so it names a
    /// maturing pass by what it matured.
    /// </summary>
    public async Task<long> CreditedThroughAsync(LedgerAccount account, DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        var sql = $"select coalesce(-sum(amount), 0)::bigint from {_tables.Postings} where account = $1 and amount < 0 and occurred_at <= $2";
        await using var connection = await store.OpenLedgerConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection)
        {
            Parameters = { new() { Value = account.ToString() }, new() { Value = cutoff.ToUniversalTime() } },
        };
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
