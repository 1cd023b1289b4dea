using Npgsql;

namespace Market.Store.Files;

/// <summary>A stored file: its bytes and media type.</summary>
public sealed record StoredFile(string MediaType, byte[] Content);

/// <summary>
/// Originals and previews as bytea rows in Market's own database, so PostgreSQL stays the only
/// stateful service. Writes are keyed and idempotent: the same key and bytes can be written twice.
/// </summary>
public sealed class FileStore(NpgsqlDataSource dataSource, MarketStoreOptions options)
{
    private string Table => $"\"{options.Schema}\".market_files";

    /// <summary>Creates the table if it is missing.</summary>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            $"CREATE SCHEMA IF NOT EXISTS \"{options.Schema}\"; " +
            $"CREATE TABLE IF NOT EXISTS {Table} (key text PRIMARY KEY, media_type text NOT NULL, content bytea NOT NULL, stored_at timestamptz NOT NULL DEFAULT now())");
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Stores the bytes under <paramref name="key"/>, replacing what was there.</summary>
    public async Task PutAsync(string key, StoredFile file, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            $"INSERT INTO {Table} (key, media_type, content) VALUES ($1, $2, $3) " +
            "ON CONFLICT (key) DO UPDATE SET media_type = excluded.media_type, content = excluded.content");
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        command.Parameters.Add(new NpgsqlParameter { Value = file.MediaType });
        command.Parameters.Add(new NpgsqlParameter { Value = file.Content });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The file under <paramref name="key"/>, or null.</summary>
    public async Task<StoredFile?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"SELECT media_type, content FROM {Table} WHERE key = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredFile(reader.GetString(0), (byte[])reader.GetValue(1))
            : null;
    }

    /// <summary>Key of a work's original file.</summary>
    public static string OriginalKey(string workId) => $"works/{workId}/original";

    /// <summary>Key of a work's preview image.</summary>
    public static string PreviewKey(string workId) => $"works/{workId}/preview";
}
