using Market.Domain.Royalties;
using Npgsql;
using NpgsqlTypes;

namespace Market.Store.Models;

/// <summary>
/// One upload's running verdicts: each batch is checked against the catalog and the rows already
/// stored (which, inside the upload's transaction, include earlier batches), then copied in.
/// </summary>
internal sealed class ImportBatch(
    TrainingSetTables tables,
    CatalogConsentSql catalog,
    NpgsqlConnection connection,
    NpgsqlTransaction transaction,
    string modelId,
    long poolPpm,
    long capacity)
{
    private long _capacity = capacity;

    /// <summary>Entries stored so far.</summary>
    public long Accepted { get; private set; }

    /// <summary>The first <see cref="ContributionImporter.MaxListedRejections"/> entries turned away, in upload order.</summary>
    public List<RejectedCandidate> Rejected { get; } = [];

    /// <summary>Every entry turned away so far, listed or not.</summary>
    public long RejectedCount { get; private set; }

    /// <summary>Gives every entry of <paramref name="entries"/> its verdict and stores the accepted ones.</summary>
    public async Task RunAsync(IReadOnlyList<ContributionCandidate> entries, CancellationToken cancellationToken)
    {
        var ids = entries.Where(e => !string.IsNullOrWhiteSpace(e.WorkId) && e.Weight is >= 1 and <= Contribution.MaxInclusionWeight)
            .Select(e => e.WorkId!).Distinct(StringComparer.Ordinal).ToArray();
        var (works, present) = await FactsAsync(ids, cancellationToken);
        var rows = new List<(string WorkId, long Weight, string Consent, long? MinimumPoolPpm)>(entries.Count);
        foreach (var entry in entries)
        {
            var work = entry.WorkId is { } id ? works.GetValueOrDefault(id) : null;
            var reason = TrainingSetRules.RejectionOf(entry, work, entry.WorkId is { } w && present.Contains(w), modelId, poolPpm)
                ?? (_capacity == 0 ? TrainingSetRules.SetFull : null);
            if (reason is not null)
            {
                if (++RejectedCount <= ContributionImporter.MaxListedRejections) Rejected.Add(new RejectedCandidate(entry.WorkId, reason));
                continue;
            }

            present.Add(entry.WorkId!);
            _capacity--;
            var (consent, minimum) = TrainingSetRules.InForce(work!);
            rows.Add((entry.WorkId!, entry.Weight, consent, minimum));
        }

        await CopyAsync(rows, cancellationToken);
        Accepted += rows.Count;
    }

    // One round trip per batch: each id's catalog consent, and whether the set already holds it.
    // LATERAL ... LIMIT 1 keeps both lookups as index probes per id: a hash join would read the
    // whole growing set for every batch.
    private async Task<(Dictionary<string, CatalogConsent> Works, HashSet<string> Present)> FactsAsync(string[] ids, CancellationToken cancellationToken)
    {
        var (works, present) = (new Dictionary<string, CatalogConsent>(ids.Length, StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
        if (ids.Length == 0) return (works, present);
        await using var command = new NpgsqlCommand(
            $"SELECT u.id, p.hit IS NOT NULL, {catalog.Columns("d")} FROM unnest($2::text[]) AS u(id) " +
            $"LEFT JOIN LATERAL (SELECT 1 AS hit FROM {tables.Contributions} c WHERE c.model_id = $1 AND c.work_id = u.id LIMIT 1) p ON true " +
            $"LEFT JOIN LATERAL (SELECT * FROM {catalog.Table} e WHERE e.id = u.id LIMIT 1) d ON true", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = modelId });
        command.Parameters.Add(new NpgsqlParameter { Value = ids });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetString(0);
            if (reader.GetBoolean(1)) present.Add(id);
            if (CatalogConsentSql.Read(reader, 2, id) is { } work) works[id] = work;
        }

        return (works, present);
    }

    private async Task CopyAsync(List<(string WorkId, long Weight, string Consent, long? MinimumPoolPpm)> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return;
        await using var writer = await connection.BeginBinaryImportAsync(
            $"COPY {tables.Contributions} (model_id, work_id, weight, generative_training, minimum_pool_ppm) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(modelId, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.WorkId, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.Weight, NpgsqlDbType.Bigint, cancellationToken);
            await writer.WriteAsync(row.Consent, NpgsqlDbType.Text, cancellationToken);
            if (row.MinimumPoolPpm is { } minimum) await writer.WriteAsync(minimum, NpgsqlDbType.Bigint, cancellationToken);
            else await writer.WriteNullAsync(cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }
}
