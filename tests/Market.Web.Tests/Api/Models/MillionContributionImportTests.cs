using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Marten;
using Market.Store.Catalog;
using Market.Store.Models;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace Market.Web.Tests.Api.Models;

/// <summary>
/// DESIGN 1: a training set of up to 1,000,000 contributions in one upload, through the API, on
/// real PostgreSQL. <c>infra/bench.sh</c> measures the same import's time and peak memory.
/// </summary>
public sealed class MillionContributionImportTests(MarketApp app, ITestOutputHelper output) : IClassFixture<MarketApp>
{
    private const int Count = 1_000_000;

    [Fact]
    public async Task AMillionEntriesImportInOneStreamedUpload()
    {
        var prefix = "w_m" + Guid.NewGuid().ToString("N")[..8] + "_";
        var planting = Stopwatch.StartNew();
        await CatalogPlanting.PlantAsync(app.Services, app.Database.ConnectionString, prefix, Count);
        planting.Stop();
        var (_, key) = await app.CreateAccountAsync("operator");
        using var client = app.WithKey(key);
        // A million entries take tens of seconds on two busy cores; HttpClient gives up at 100 s by default.
        client.Timeout = TimeSpan.FromMinutes(5);
        var modelId = await Training.CreateModelAsync(client, Training.ModelBody());

        var clock = Stopwatch.StartNew();
        using var response = await client.PostAsync($"/api/v1/models/{modelId}/contributions", new NdjsonLines(prefix, Count));
        clock.Stop();

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var verdicts = await response.Content.ReadFromJsonAsync<JsonElement>();
        verdicts.GetProperty("accepted").GetInt64().ShouldBe(Count);
        verdicts.GetProperty("rejected").GetArrayLength().ShouldBe(0);
        (await Training.For(app).ModelAsync(modelId)).GetProperty("contributionCount").GetInt64().ShouldBe(Count);
        output.WriteLine($"{Count:N0} catalog works planted in {planting.ElapsedMilliseconds:N0} ms");
        output.WriteLine($"{Count:N0} entries imported in {clock.ElapsedMilliseconds:N0} ms ({Count / clock.Elapsed.TotalSeconds:N0} entries/s)");
    }

    /// <summary>The id of the <paramref name="index"/>th planted work: fixed width, so every line is the same size.</summary>
    private static string WorkId(string prefix, int index) => prefix + index.ToString("D7", CultureInfo.InvariantCulture);

    /// <summary>
    /// Catalog entries are what the import checks, so planting them stands in for a million
    /// registrations. Marten writes one template (so its JSON is Marten's own); one INSERT … SELECT
    /// then clones it a million times inside PostgreSQL, with no million objects in the test process.
    /// </summary>
    private static class CatalogPlanting
    {
        public static async Task PlantAsync(IServiceProvider services, string connectionString, string prefix, int count)
        {
            var store = services.GetRequiredService<IDocumentStore>();
            var templateId = prefix + "template";
            await store.BulkInsertAsync([new CatalogEntry { Id = templateId, Title = "Bulk", Kind = "image", GenerativeTraining = "allowed" }]);
            var table = store.Options.FindOrResolveDocumentType(typeof(CatalogEntry)).TableName;
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            // Autovacuum would visit both million-row tables while the fixture drops the database, and
            // DROP DATABASE … WITH (FORCE) may not end its worker as a non-superuser: the cleanup fails.
            var contributions = services.GetRequiredService<TrainingSetTables>().Contributions;
            await using (var quiet = new NpgsqlCommand(
                $"ALTER TABLE {table.QualifiedName} SET (autovacuum_enabled = false); ALTER TABLE {contributions} SET (autovacuum_enabled = false)", connection))
            {
                await quiet.ExecuteNonQueryAsync();
            }

            var others = await OtherColumnsAsync(connection, table.Schema, table.Name);
            var id = "$2 || lpad(g::text, 7, '0')";
            await using var clone = new NpgsqlCommand(
                $"INSERT INTO {table.QualifiedName} (id, data{string.Concat(others.Select(c => ", " + c))}) " +
                $"SELECT {id}, replace(t.data::text, '\"' || $1 || '\"', '\"' || {id} || '\"')::jsonb{string.Concat(others.Select(c => ", t." + c))} " +
                $"FROM {table.QualifiedName} t, generate_series(0, $3 - 1) g WHERE t.id = $1", connection)
            {
                CommandTimeout = 600,
                Parameters = { new NpgsqlParameter { Value = templateId }, new NpgsqlParameter { Value = prefix }, new NpgsqlParameter { Value = count } },
            };
            (await clone.ExecuteNonQueryAsync()).ShouldBe(count);
        }

        // Marten's metadata columns (version, type, timestamps) are copied from the template as they are.
        private static async Task<List<string>> OtherColumnsAsync(NpgsqlConnection connection, string schema, string table)
        {
            await using var command = new NpgsqlCommand(
                "SELECT quote_ident(column_name) FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 AND column_name NOT IN ('id', 'data')",
                connection)
            {
                Parameters = { new NpgsqlParameter { Value = schema }, new NpgsqlParameter { Value = table } },
            };
            var columns = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) columns.Add(reader.GetString(0));
            return columns;
        }
    }

    /// <summary>An NDJSON body written line by line as the server reads it: chunked, never one giant string.</summary>
    private sealed class NdjsonLines : HttpContent
    {
        private readonly string _prefix;
        private readonly int _count;

        public NdjsonLines(string prefix, int count)
        {
            (_prefix, _count) = (prefix, count);
            Headers.ContentType = new("application/x-ndjson") { CharSet = "utf-8" };
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await using var writer = new StreamWriter(stream, new UTF8Encoding(false), bufferSize: 1 << 16, leaveOpen: true);
            for (var i = 0; i < _count; i++)
            {
                await writer.WriteAsync($"{{\"workId\":\"{WorkId(_prefix, i)}\",\"weight\":2}}\n");
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
