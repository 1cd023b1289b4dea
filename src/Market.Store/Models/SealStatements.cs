using System.Runtime.CompilerServices;
using Npgsql;

namespace Market.Store.Models;

/// <summary>A stored contribution with the consent recorded for it.</summary>
internal sealed record StoredContribution(string WorkId, long Weight, string GenerativeTraining, long? MinimumPoolPpm);

/// <summary>The SQL of sealing, inside the seal's transaction.</summary>
internal sealed class SealStatements(TrainingSetTables tables, NpgsqlConnection connection, NpgsqlTransaction transaction, string modelId)
{
    /// <summary>The seal already recorded for the model, with its drops, or null.</summary>
    public async Task<SealRecord?> ReadSealAsync(CancellationToken cancellationToken)
    {
        await using var command = Command($"SELECT consent_snapshot_hash, contribution_count, sealed_at FROM {tables.Seals} WHERE model_id = $1");
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken)) return null;
            var (hash, count, at) = (reader.GetString(0), reader.GetInt64(1), reader.GetFieldValue<DateTimeOffset>(2));
            await reader.CloseAsync();
            return new SealRecord(hash, count, at, await ReadDropsAsync(cancellationToken));
        }
    }

    /// <summary>
    /// Every contribution in canonical order, with its work's catalog consent now (null when the
    /// work has no catalog entry): one streamed statement, whatever the size of the set.
    /// </summary>
    public async IAsyncEnumerable<(StoredContribution Stored, CatalogConsent? Now)> ReadAllAsync(
        CatalogConsentSql catalog, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Statistics first: a set imported moments ago is unknown to the planner, which would
        // otherwise guess a plan for an empty table.
        await using (var analyze = new NpgsqlCommand($"ANALYZE {tables.Contributions}", connection, transaction))
        {
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var command = Command(
            $"SELECT c.work_id, c.weight, c.generative_training, c.minimum_pool_ppm, {catalog.Columns("d")} " +
            $"FROM {tables.Contributions} c LEFT JOIN {catalog.Table} d ON d.id = c.work_id WHERE c.model_id = $1 ORDER BY c.work_id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetString(0);
            var stored = new StoredContribution(id, reader.GetInt64(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetInt64(3));
            yield return (stored, CatalogConsentSql.Read(reader, 4, id));
        }
    }

    /// <summary>Removes the drops, records the consent in force, and writes the seal row.</summary>
    public async Task WriteSealAsync(SealRequest request, SealRecord seal, IReadOnlyList<StoredContribution> changed, CancellationToken cancellationToken)
    {
        var dropped = seal.Dropped.Select(d => d.WorkId!).ToArray();
        await Execute($"DELETE FROM {tables.Contributions} WHERE model_id = $1 AND work_id = ANY($2)", (object)dropped);   // one array parameter, not params
        await Execute($"INSERT INTO {tables.Drops} (model_id, work_id, reason) SELECT $1, w, r FROM unnest($2::text[], $3::text[]) AS d(w, r)",
            dropped, seal.Dropped.Select(d => d.Reason).ToArray());
        await Execute(
            $"UPDATE {tables.Contributions} c SET generative_training = u.g, minimum_pool_ppm = u.m " +
            "FROM unnest($2::text[], $3::text[], $4::bigint[]) AS u(w, g, m) WHERE c.model_id = $1 AND c.work_id = u.w",
            changed.Select(c => c.WorkId).ToArray(), changed.Select(c => c.GenerativeTraining).ToArray(), changed.Select(c => c.MinimumPoolPpm).ToArray());
        await Execute(
            $"INSERT INTO {tables.Seals} (model_id, owner_id, model_name, model_version, consent_snapshot_hash, contribution_count, dropped_count, sealed_at) " +
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            request.OwnerId, request.Name, request.Version, seal.ConsentSnapshotHash, seal.ContributionCount, (long)dropped.Length, seal.SealedAt);

        async Task Execute(string sql, params object?[] values)
        {
            await using var command = Command(sql, values);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task<List<RejectedCandidate>> ReadDropsAsync(CancellationToken cancellationToken)
    {
        await using var command = Command($"SELECT work_id, reason FROM {tables.Drops} WHERE model_id = $1 ORDER BY work_id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var drops = new List<RejectedCandidate>();
        while (await reader.ReadAsync(cancellationToken)) drops.Add(new(reader.GetString(0), reader.GetString(1)));
        return drops;
    }

    private NpgsqlCommand Command(string sql, params object?[] values)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = modelId });
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        return command;
    }
}
