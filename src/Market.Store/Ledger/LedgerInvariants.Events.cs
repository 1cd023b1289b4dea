using Npgsql;

namespace Market.Store.Ledger;

public sealed partial class LedgerInvariants
{
    private Task<List<(long Sequence, Guid StreamId, LedgerTransactionRecorded Recorded)>> ReadPageAsync(
        NpgsqlConnection connection, long after, CancellationToken cancellationToken) =>
        ReadEventsAsync(connection, $"seq_id > $2 order by seq_id limit {PageSize}", after, cancellationToken);

    // Raw rows rather than Marten's LINQ, so every read of the check runs in the one snapshot
    // transaction; the payload goes through the store's own serializer.
    private async Task<List<(long Sequence, Guid StreamId, LedgerTransactionRecorded Recorded)>> ReadEventsAsync(
        NpgsqlConnection connection, string condition, object parameter, CancellationToken cancellationToken)
    {
        var serializer = store.Options.Serializer();
        var events = new List<(long, Guid, LedgerTransactionRecorded)>();
        await using var command = new NpgsqlCommand($"select seq_id, stream_id, data from {_tables.Events} where type = $1 and {condition}", connection)
        {
            Parameters = { new() { Value = LedgerSchema.EventTypeName }, new() { Value = parameter } },
        };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add((reader.GetInt64(0), reader.GetGuid(1), serializer.FromJson<LedgerTransactionRecorded>(reader, 2)));
        }

        return events;
    }
}
