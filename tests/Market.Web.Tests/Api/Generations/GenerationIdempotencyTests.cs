using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Market.Web.Tests.Api.Models;

namespace Market.Web.Tests.Api.Generations;

/// <summary><c>POST /api/v1/generations</c> with an <c>Idempotency-Key</c>: a retried registration registers one piece.</summary>
public sealed class GenerationIdempotencyTests(MarketApp app) : IClassFixture<MarketApp>
{
    private readonly Training _training = Training.For(app);

    [Fact]
    public async Task ARetryWithTheSameKeyAndBodyAnswersTheFirstPiece()
    {
        var (client, modelId, body) = await PieceAsync();
        var key = NewKey();

        var first = await PostAsync(client, body, key);
        var retry = await PostAsync(client, body, key);

        first.StatusCode.ShouldBe(HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
        retry.StatusCode.ShouldBe(HttpStatusCode.Created, await retry.Content.ReadAsStringAsync());
        var firstBody = await first.Content.ReadFromJsonAsync<JsonElement>();
        var retryBody = await retry.Content.ReadFromJsonAsync<JsonElement>();
        retryBody.GetProperty("workId").GetString().ShouldBe(firstBody.GetProperty("workId").GetString());
        retryBody.GetProperty("contentHash").GetString().ShouldBe(firstBody.GetProperty("contentHash").GetString());
        retry.Headers.Location.ShouldBe(first.Headers.Location);
        (await PieceCountAsync(modelId)).ShouldBe(1);
    }

    [Fact]
    public async Task ConcurrentRetriesWithTheSameKeyRegisterOnePiece()
    {
        var (client, modelId, body) = await PieceAsync();
        var key = NewKey();

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => PostAsync(client, body, key)));

        var workIds = new List<string>();
        foreach (var response in responses)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            workIds.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("workId").GetString()!);
        }

        workIds.Distinct().Count().ShouldBe(1);
        (await PieceCountAsync(modelId)).ShouldBe(1);
    }

    [Fact]
    public async Task TheSameKeyWithAnotherBodyIsRefusedAndWritesNothing()
    {
        var (client, modelId, body) = await PieceAsync();
        var key = NewKey();
        var workId = await IdOfAsync(await PostAsync(client, body, key));
        var changed = new Dictionary<string, object?>(body) { ["title"] = "Dunes, imagined again" };

        var response = await PostAsync(client, changed, key);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("title").GetString()!.ShouldContain("Idempotency-Key");
        problem.GetProperty("detail").GetString()!.ShouldContain("differs from the first request sent with the same Idempotency-Key");
        (await PieceCountAsync(modelId)).ShouldBe(1);
        var work = await app.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/works/{workId}");
        work.GetProperty("title").GetString().ShouldBe("Dunes, imagined");
    }

    [Fact]
    public async Task AnotherOperatorsUseOfTheSameKeyIsIndependent()
    {
        var (client, modelId, body) = await PieceAsync();
        var (otherOperator, _) = await _training.NewOperatorAsync();
        var (_, otherModelId, otherWorks) = await _training.SealedModelAsync(works: 1, otherOperator);
        var otherBody = GenerationRequests.Valid(otherModelId, await _training.ArtistIdAsync(), new { workId = otherWorks[0], score = 1 });
        var key = NewKey();

        var mine = await IdOfAsync(await PostAsync(client, body, key));
        var theirs = await IdOfAsync(await PostAsync(otherOperator, otherBody, key));

        theirs.ShouldNotBe(mine);
        (await PieceCountAsync(modelId)).ShouldBe(1);
        (await PieceCountAsync(otherModelId)).ShouldBe(1);
    }

    [Fact]
    public async Task ARefusedRequestLeavesItsKeyFreeForTheCorrectedRetry()
    {
        var (client, modelId, body) = await PieceAsync();
        var key = NewKey();
        var wrong = new Dictionary<string, object?>(body) { ["title"] = "" };

        var refused = await PostAsync(client, wrong, key);
        var corrected = await PostAsync(client, body, key);

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        corrected.StatusCode.ShouldBe(HttpStatusCode.Created, await corrected.Content.ReadAsStringAsync());
        (await PieceCountAsync(modelId)).ShouldBe(1);
    }

    [Fact]
    public async Task WithoutAKeyEachRequestRegistersAPiece()
    {
        var (client, modelId, body) = await PieceAsync();

        var first = await IdOfAsync(await PostAsync(client, body, key: null));
        var second = await IdOfAsync(await PostAsync(client, body, key: null));

        second.ShouldNotBe(first);
        (await PieceCountAsync(modelId)).ShouldBe(2);
    }

    private static string NewKey() => "gen-" + Guid.NewGuid().ToString("N");

    private async Task<(HttpClient Client, string ModelId, Dictionary<string, object?> Body)> PieceAsync()
    {
        var (client, modelId, works) = await _training.SealedModelAsync(works: 1);
        return (client, modelId, GenerationRequests.Valid(modelId, await _training.ArtistIdAsync(), new { workId = works[0], score = 1 }));
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, object body, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/generations") { Content = JsonContent.Create(body) };
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    private static async Task<string> IdOfAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("workId").GetString()!;
    }

    // Every piece names the class's one creator, who is asked to accept it (and is not listed in the catalog
    // until they do): the creator's requests count how many pieces of a model a retry made.
    private async Task<long> PieceCountAsync(string modelId)
    {
        using var admin = app.WithKey(MarketApp.AdminKey);
        var requests = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/accounts/{await _training.ArtistIdAsync()}/named-roles");
        var count = 0;
        foreach (var request in requests.GetProperty("requests").EnumerateArray())
        {
            var work = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/works/{request.GetProperty("workId").GetString()}");
            if (work.GetProperty("provenance").GetProperty("modelId").GetString() == modelId) count++;
        }

        return count;
    }
}
