using System.Net;
using System.Runtime.CompilerServices;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Market.Web.Tests.Api.Models;

/// <summary>
/// Model-side steps through the API: models, works with a given consent, uploads and seals. One per
/// app, so a test class shares its operator and artist: opening accounts is rate-limited per address.
/// </summary>
public sealed class Training
{
    private static readonly ConditionalWeakTable<MarketApp, Training> PerApp = [];
    private readonly MarketApp _app;
    private readonly Lazy<Task<(HttpClient Client, string Id)>> _operator;
    private readonly Lazy<Task<(HttpClient Client, string Id)>> _artist;

    private Training(MarketApp app)
    {
        _app = app;
        _operator = new(() => AccountAsync("operator"));
        _artist = new(() => AccountAsync("artist"));
    }

    /// <summary>The steps for <paramref name="app"/>.</summary>
    public static Training For(MarketApp app) => PerApp.GetValue(app, a => new Training(a));

    /// <summary>A model body with valid terms, unless a test changes them: creator 40 %, owner the rest, pool <paramref name="poolPpm"/>.</summary>
    public static Dictionary<string, object?> ModelBody(long poolPpm = 300_000, string? name = null, string version = "1.0") => new()
    {
        ["name"] = name ?? "Model " + Guid.NewGuid().ToString("N")[..8],
        ["version"] = version,
        ["terms"] = new Dictionary<string, object> { ["creatorPpm"] = 400_000, ["ownerPpm"] = 600_000 - poolPpm, ["poolPpm"] = poolPpm, ["basePpm"] = 0 },
        ["inclusionFloorPpm"] = 500_000,
    };

    /// <summary>The app's shared operator: its client and id.</summary>
    public Task<(HttpClient Client, string Id)> OperatorAsync() => _operator.Value;

    /// <summary>Another operator, for tests about who may do what.</summary>
    public Task<(HttpClient Client, string Id)> NewOperatorAsync() => AccountAsync("operator");

    /// <summary>The app's shared artist, who registers the works and may be a piece's creator.</summary>
    public async Task<string> ArtistIdAsync() => (await _artist.Value).Id;

    /// <summary>The app's shared artist: its client and id.</summary>
    public Task<(HttpClient Client, string Id)> ArtistAsync() => _artist.Value;

    /// <summary>Registers a model version and returns its id.</summary>
    public static async Task<string> CreateModelAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/models", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>Registers a work (no file) whose generative-training consent is <paramref name="generativeTraining"/>.</summary>
    public async Task<string> WorkAsync(string generativeTraining = "allowed", long? minimumPoolPpm = null)
    {
        var body = WorkRequests.Valid();
        body.Remove("file");
        body["consent"] = new { generativeTraining, nonGenerativeTraining = "notAllowed", dataMining = "notAllowed", minimumPoolPpm };
        return await MarketApp.CreateWorkAsync((await _artist.Value).Client, body);
    }

    /// <summary>Changes a work's generative-training consent through its artist.</summary>
    public async Task ChangeConsentAsync(string workId, string generativeTraining)
    {
        var response = await (await _artist.Value).Client.PutAsJsonAsync($"/api/v1/works/{workId}/consent", new { generativeTraining, nonGenerativeTraining = "notAllowed", dataMining = "notAllowed" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Uploads <paramref name="entries"/> as a JSON array and returns the verdicts.</summary>
    public static async Task<JsonElement> ImportAsync(HttpClient client, string modelId, object entries)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/models/{modelId}/contributions", entries);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Uploads NDJSON text.</summary>
    public static Task<HttpResponseMessage> PostNdjsonAsync(HttpClient client, string modelId, string lines) =>
        client.PostAsync($"/api/v1/models/{modelId}/contributions", new StringContent(lines, Encoding.UTF8, "application/x-ndjson"));

    /// <summary>Seals a model version and returns the answer.</summary>
    public static async Task<JsonElement> SealAsync(HttpClient client, string modelId)
    {
        var response = await client.PostAsync($"/api/v1/models/{modelId}/seal", null);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>
    /// A sealed model trained on <paramref name="works"/> new works that allow training; its operator's client
    /// (<paramref name="operatorClient"/>, or else the shared operator's).
    /// </summary>
    public async Task<(HttpClient Operator, string ModelId, string[] Works)> SealedModelAsync(int works, HttpClient? operatorClient = null)
    {
        var client = operatorClient ?? (await OperatorAsync()).Client;
        var modelId = await CreateModelAsync(client, ModelBody());
        var ids = new string[works];
        for (var i = 0; i < works; i++) ids[i] = await WorkAsync();
        await ImportAsync(client, modelId, ids.Select(id => new { workId = id }).ToArray());
        await SealAsync(client, modelId);
        return (client, modelId, ids);
    }

    /// <summary>The model's public view.</summary>
    public async Task<JsonElement> ModelAsync(string modelId)
    {
        using var client = _app.Anonymous();
        return await client.GetFromJsonAsync<JsonElement>($"/api/v1/models/{modelId}");
    }

    private async Task<(HttpClient Client, string Id)> AccountAsync(string role)
    {
        var (id, key) = await _app.CreateAccountAsync(role);
        return (_app.WithKey(key), id);
    }
}
