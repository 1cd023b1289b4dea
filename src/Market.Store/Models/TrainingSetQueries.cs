using Npgsql;

namespace Market.Store.Models;

/// <summary>Reads training sets: inclusion receipts and membership checks.</summary>
public sealed class TrainingSetQueries(TrainingSetTables tables)
{
    /// <summary>Every sealed version whose training set includes <paramref name="workId"/>, oldest seal first.</summary>
    public async Task<List<InclusionReceipt>> InclusionsOfAsync(string workId, CancellationToken cancellationToken)
    {
        await using var command = tables.DataSource.CreateCommand(
            "SELECT s.model_id, s.owner_id, s.model_name, s.model_version, s.sealed_at, s.consent_snapshot_hash, " +
            "c.weight, c.generative_training, c.minimum_pool_ppm " +
            $"FROM {tables.Contributions} c JOIN {tables.Seals} s ON s.model_id = c.model_id " +
            "WHERE c.work_id = $1 ORDER BY s.sealed_at, s.model_id");
        command.Parameters.Add(new NpgsqlParameter { Value = workId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var receipts = new List<InclusionReceipt>();
        while (await reader.ReadAsync(cancellationToken))
        {
            receipts.Add(new InclusionReceipt(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.GetFieldValue<DateTimeOffset>(4), reader.GetString(5), reader.GetInt64(6), reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetInt64(8)));
        }

        return receipts;
    }

    /// <summary>Which of <paramref name="workIds"/> are contributions of <paramref name="modelId"/>.</summary>
    public async Task<HashSet<string>> ContributionsAmongAsync(string modelId, IReadOnlyCollection<string> workIds, CancellationToken cancellationToken)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (workIds.Count == 0) return found;
        await using var command = tables.DataSource.CreateCommand($"SELECT work_id FROM {tables.Contributions} WHERE model_id = $1 AND work_id = ANY($2)");
        command.Parameters.Add(new NpgsqlParameter { Value = modelId });
        command.Parameters.Add(new NpgsqlParameter { Value = workIds.ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) found.Add(reader.GetString(0));
        return found;
    }

    /// <summary>The <paramref name="limit"/> heaviest contributions of <paramref name="modelId"/> (ties by work id) and the sum of all weights.</summary>
    public async Task<(List<(string WorkId, long Weight)> Heaviest, long TotalWeight)> HeaviestContributionsAsync(string modelId, int limit, CancellationToken cancellationToken)
    {
        await using var command = tables.DataSource.CreateCommand(
            $"SELECT work_id, weight, sum(weight) OVER () FROM {tables.Contributions} WHERE model_id = $1 ORDER BY weight DESC, work_id LIMIT $2");
        command.Parameters.Add(new NpgsqlParameter { Value = modelId });
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var heaviest = new List<(string, long)>();
        long total = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            heaviest.Add((reader.GetString(0), reader.GetInt64(1)));
            total = reader.GetInt64(2);
        }

        return (heaviest, total);
    }
}
