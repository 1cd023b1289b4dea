using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Npgsql;

namespace Market.Web.Tests.Api.Models;

/// <summary>Market whose training-set uploads may start slowly for a minute, so a test can hold twenty open.</summary>
public sealed class PatientUploadsApp : IAsyncLifetime
{
    /// <summary>The app.</summary>
    public MarketApp App { get; } = new(new Dictionary<string, string> { ["Market:Uploads:MinImportGraceSeconds"] = "60" });

    /// <inheritdoc />
    public Task InitializeAsync() => App.InitializeAsync();

    /// <inheritdoc />
    public Task DisposeAsync() => App.DisposeAsync();
}

/// <summary>A slow training-set upload holds no PostgreSQL connection, transaction or model lock while its body trickles in (DW5 of issue 20).</summary>
public sealed class SlowUploadsHoldNoConnection(PatientUploadsApp fixture) : IClassFixture<PatientUploadsApp>
{
    [Fact]
    public async Task TwentySlowUploadsLeaveTheCatalogAnsweringAndNoTransactionOpen()
    {
        var app = fixture.App;
        var training = Training.For(app);
        string[] works = [await training.WorkAsync(), await training.WorkAsync()];   // each model's two uploads name different works
        var operators = new List<(HttpClient Client, string ModelId)>();
        for (var i = 0; i < 10; i++)
        {
            var (client, _) = await training.NewOperatorAsync();
            operators.Add((client, await Training.CreateModelAsync(client, Training.ModelBody())));
        }

        var bodies = new List<TrickledBody>();
        var uploads = new List<Task<HttpResponseMessage>>();
        foreach (var (work, (client, modelId)) in works.SelectMany(work => operators.Select(o => (work, o))))
        {
            var body = new TrickledBody($"{{\"workId\":\"{work}\"}}\n");
            bodies.Add(body);
            uploads.Add(client.PostAsync($"/api/v1/models/{modelId}/contributions", body));
        }

        await Task.WhenAll(bodies.Select(b => b.Started));
        await Task.Delay(TimeSpan.FromSeconds(2));   // time for every handler to reach its body
        var third = await operators[0].Client.PostAsync($"/api/v1/models/{operators[0].ModelId}/contributions", new StringContent("", Encoding.UTF8, "application/x-ndjson"));
        using var anonymous = app.Anonymous();
        var catalog = await anonymous.GetAsync("/api/v1/catalog");
        var (inTransaction, advisoryLocks) = await DatabaseActivityAsync(app, operators.Select(o => o.ModelId).ToArray());
        foreach (var body in bodies) body.Finish();
        var answers = await Task.WhenAll(uploads);

        third.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests, "each operator may have two uploads in flight");
        catalog.StatusCode.ShouldBe(HttpStatusCode.OK);
        inTransaction.ShouldBe(0, "no slow upload holds a transaction open");
        advisoryLocks.ShouldBe(0, "no slow upload holds a model lock");
        foreach (var answer in answers)
        {
            answer.StatusCode.ShouldBe(HttpStatusCode.OK, await answer.Content.ReadAsStringAsync());
            (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accepted").GetInt64().ShouldBe(1);
        }
    }

    // Counts only these models' locks in this database: the suite's other apps share the PostgreSQL
    // cluster, and ledger or payout work of this app may hold advisory locks of its own at that instant.
    private static async Task<(long InTransaction, long ModelLocks)> DatabaseActivityAsync(MarketApp app, string[] modelIds)
    {
        await using var connection = new NpgsqlConnection(app.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            select (select count(*) from pg_stat_activity where datname = current_database() and state like 'idle in transaction%'),
                   (select count(*) from pg_locks l
                     where l.locktype = 'advisory'
                       and l.database = (select oid from pg_database where datname = current_database())
                       and ((l.classid::bigint << 32) | l.objid::bigint) in (select hashtextextended('market.model:' || m, 0) from unnest($1) m))
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = modelIds });
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    // NDJSON that sends its first byte at once and the rest only when told: a sender on a slow line.
    private sealed class TrickledBody : HttpContent
    {
        private readonly byte[] _bytes;
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _finish = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TrickledBody(string text)
        {
            _bytes = Encoding.UTF8.GetBytes(text);
            Headers.ContentType = new("application/x-ndjson");
        }

        public Task Started => _started.Task;

        public void Finish() => _finish.TrySetResult();

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(_bytes.AsMemory(0, 1));
            await stream.FlushAsync();
            _started.TrySetResult();
            await _finish.Task;
            await stream.WriteAsync(_bytes.AsMemory(1));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
