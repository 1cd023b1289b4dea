using Market.Domain.Ledger;
using Npgsql;

namespace Market.Store.Ledger;

/// <summary>One group of platform-cash postings: by transaction kind, whether a dispute caused it, and direction.</summary>
/// <param name="Kind">The transactions' kind.</param>
/// <param name="Dispute">True for a refund caused by a lost dispute (its key names the dispute, <c>refund:dp_…</c>).</param>
/// <param name="Inflow">True for postings that add to the platform's cash.</param>
/// <param name="Micros">Their sum, signed: what they added to the platform's cash.</param>
public sealed record CashMovement(LedgerTransactionKind Kind, bool Dispute, bool Inflow, long Micros);

public sealed partial class LedgerStore
{
    /// <summary>The platform-cash postings that occurred in [<paramref name="from"/>, <paramref name="to"/>), grouped.</summary>
    public async Task<IReadOnlyList<CashMovement>> CashMovementsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var sql = $"""
            select t.kind, starts_with(t.idempotency_key, 'refund:dp_'), p.amount > 0, sum(p.amount)::bigint
            from {_tables.Postings} p join {_tables.Transactions} t on t.transaction_id = p.transaction_id
            where p.account = $1 and p.occurred_at >= $2 and p.occurred_at < $3
            group by 1, 2, 3
            """;
        await using var connection = await store.OpenLedgerConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection)
        {
            Parameters =
            {
                new() { Value = LedgerAccount.PlatformCash.ToString() },
                new() { Value = from.ToUniversalTime() },
                new() { Value = to.ToUniversalTime() },
            },
        };
        var movements = new List<CashMovement>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            // Debits (positive) add to the platform's cash, an asset.
            movements.Add(new CashMovement(Enum.Parse<LedgerTransactionKind>(reader.GetString(0)), reader.GetBoolean(1), reader.GetBoolean(2), reader.GetInt64(3)));
        }

        return movements;
    }
}
