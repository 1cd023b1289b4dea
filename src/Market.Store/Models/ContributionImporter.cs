using Npgsql;

namespace Market.Store.Models;

/// <summary>How an upload ended.</summary>
public enum ImportStatus
{
    /// <summary>Every entry got a verdict and the accepted ones are stored.</summary>
    Imported,

    /// <summary>The version is sealed; nothing was stored.</summary>
    ModelSealed,

    /// <summary>The upload has more than <see cref="TrainingSetRules.MaxContributions"/> entries; nothing was stored.</summary>
    TooManyEntries,
}

/// <summary>The verdicts of one upload: the first rejections listed, all of them counted in <paramref name="RejectedCount"/>.</summary>
public sealed record ImportOutcome(ImportStatus Status, long Accepted, IReadOnlyList<RejectedCandidate> Rejected, long RejectedCount = 0);

/// <summary>
/// Imports a training-set upload as it streams in: entries are checked and stored in batches, all
/// in one transaction under the model's lock, so an upload that turns out too long, malformed or
/// aimed at a version sealed meanwhile leaves nothing behind, and memory stays one batch deep.
/// </summary>
public sealed class ContributionImporter(TrainingSetTables tables, CatalogConsentSql catalog)
{
    /// <summary>Entries checked per round trip: large enough to amortise it, small enough to stay cheap in memory.</summary>
    public const int BatchSize = 10_000;

    /// <summary>
    /// The most rejections an outcome lists (the rest are counted): a million bad entries must not
    /// become a million-line answer held in memory.
    /// </summary>
    public const int MaxListedRejections = 1000;

    /// <summary>Checks and stores <paramref name="entries"/> for model version <paramref name="modelId"/>.</summary>
    /// <exception cref="System.Text.Json.JsonException">The upload is malformed; nothing was stored.</exception>
    public async Task<ImportOutcome> ImportAsync(
        string modelId, long poolPpm, IAsyncEnumerable<ContributionCandidate> entries, CancellationToken cancellationToken)
    {
        await using var connection = await tables.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ModelLock.TakeAsync(connection, transaction, modelId, cancellationToken);

        // Every lookup here is by key. Rows this upload adds are not in the planner's statistics
        // yet, and a scan per batch would make a million-entry upload quadratic; JIT compiling
        // each batch's query costs more than the query.
        await using (var planner = new NpgsqlCommand("SET LOCAL enable_seqscan = off; SET LOCAL jit = off", connection, transaction))
        {
            await planner.ExecuteNonQueryAsync(cancellationToken);
        }

        if (await ScalarAsync<bool>(connection, transaction, $"SELECT EXISTS (SELECT 1 FROM {tables.Seals} WHERE model_id = $1)", modelId, cancellationToken))
        {
            return new(ImportStatus.ModelSealed, 0, []);
        }

        var stored = await ScalarAsync<long>(connection, transaction, $"SELECT count(*) FROM {tables.Contributions} WHERE model_id = $1", modelId, cancellationToken);
        var batch = new ImportBatch(tables, catalog, connection, transaction, modelId, poolPpm, TrainingSetRules.MaxContributions - stored);
        var buffer = new List<ContributionCandidate>(BatchSize);
        var seen = 0;
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            if (++seen > TrainingSetRules.MaxContributions)
            {
                return new(ImportStatus.TooManyEntries, 0, []);   // disposing the transaction rolls it back
            }

            buffer.Add(entry);
            if (buffer.Count == BatchSize)
            {
                await batch.RunAsync(buffer, cancellationToken);
                buffer.Clear();
            }
        }

        await batch.RunAsync(buffer, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(ImportStatus.Imported, batch.Accepted, batch.Rejected, batch.RejectedCount);
    }

    private static async Task<T> ScalarAsync<T>(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, string modelId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = modelId });
        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
