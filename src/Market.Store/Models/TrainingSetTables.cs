using Npgsql;

namespace Market.Store.Models;

/// <summary>
/// The tables behind model training sets. A set can hold a million contributions, far too many
/// for grain state or one document each, so they are plain rows filled by binary COPY.
/// </summary>
public sealed class TrainingSetTables(NpgsqlDataSource dataSource, MarketStoreOptions options)
{
    /// <summary>One row per contribution: model, work, inclusion weight and the consent recorded for it.</summary>
    public string Contributions => $"\"{options.Schema}\".model_contributions";

    /// <summary>One row per sealed model version: the frozen set's hash and counts.</summary>
    public string Seals => $"\"{options.Schema}\".model_seals";

    /// <summary>Contributions removed at sealing because their consent no longer allowed them.</summary>
    public string Drops => $"\"{options.Schema}\".model_seal_drops";

    /// <summary>The database these tables live in.</summary>
    public NpgsqlDataSource DataSource => dataSource;

    /// <summary>Creates the tables if they are missing.</summary>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        // work_id sorts bytewise (COLLATE "C") so the primary key index yields the canonical
        // order the consent snapshot is hashed in, on every server whatever its locale.
        await using var command = dataSource.CreateCommand($"""
            CREATE SCHEMA IF NOT EXISTS "{options.Schema}";
            CREATE TABLE IF NOT EXISTS {Contributions} (
                model_id text NOT NULL,
                work_id text COLLATE "C" NOT NULL,
                weight bigint NOT NULL CHECK (weight BETWEEN 1 AND 1000000),
                generative_training text NOT NULL,
                minimum_pool_ppm bigint,
                PRIMARY KEY (model_id, work_id));
            CREATE INDEX IF NOT EXISTS model_contributions_by_work ON {Contributions} (work_id);
            CREATE TABLE IF NOT EXISTS {Seals} (
                model_id text PRIMARY KEY,
                owner_id text NOT NULL,
                model_name text NOT NULL,
                model_version text NOT NULL,
                consent_snapshot_hash text NOT NULL,
                contribution_count bigint NOT NULL,
                dropped_count bigint NOT NULL,
                sealed_at timestamptz NOT NULL);
            CREATE TABLE IF NOT EXISTS {Drops} (
                model_id text NOT NULL,
                work_id text COLLATE "C" NOT NULL,
                reason text NOT NULL,
                PRIMARY KEY (model_id, work_id));
            """);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
