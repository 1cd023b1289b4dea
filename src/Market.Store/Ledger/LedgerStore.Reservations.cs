using Marten;
using Marten.Services;
using Market.Domain.Ids;
using Market.Domain.Ledger;
using Npgsql;

namespace Market.Store.Ledger;

public sealed partial class LedgerStore
{
    /// <summary>
    /// Posts a payout reservation for <paramref name="party"/> under <paramref name="idempotencyKey"/>,
    /// built by <paramref name="reservationFor"/> from the party's available balance as read inside the
    /// same database transaction, under a per-party lock every reservation takes: two runs never both
    /// reserve the same earnings, however old their plans. A key already posted answers its original
    /// (a resumed step keeps what it reserved); null when <paramref name="reservationFor"/> finds nothing to reserve.
    /// </summary>
    /// <exception cref="LedgerRuleException">The reservation breaks a ledger rule; nothing is written.</exception>
    public async Task<LedgerPosted?> ReserveFromAvailableAsync(
        PartyId party, string idempotencyKey, Func<long, LedgerTransaction?> reservationFor, CancellationToken cancellationToken = default)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockParty = new NpgsqlCommand("select pg_advisory_xact_lock(hashtextextended($1, 0))", connection, transaction))
        {
            lockParty.Parameters.Add(new NpgsqlParameter { Value = "market.payout-reserve:" + party.Value });
            await lockParty.ExecuteNonQueryAsync(cancellationToken);
        }

        if (await GetAsync(idempotencyKey, cancellationToken) is { } original)
        {
            return new LedgerPosted(original, Replayed: true);
        }

        var available = LedgerAccount.Available(party);
        await using var sum = new NpgsqlCommand($"select coalesce(sum(amount), 0)::bigint from {_tables.Postings} where account = $1", connection, transaction);
        sum.Parameters.Add(new NpgsqlParameter { Value = available.ToString() });
        if (reservationFor(available.ToBalance((long)(await sum.ExecuteScalarAsync(cancellationToken))!)) is not { } reservation)
        {
            return null;
        }

        if (reservation.IdempotencyKey != idempotencyKey)
        {
            throw new ArgumentException($"The reservation built has key '{reservation.IdempotencyKey}', not '{idempotencyKey}'.", nameof(reservationFor));
        }

        await using var session = store.LightweightSession(SessionOptions.ForTransaction(transaction));
        session.RecordLedgerTransaction(reservation);
        await session.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new LedgerPosted(reservation, Replayed: false);
    }
}
