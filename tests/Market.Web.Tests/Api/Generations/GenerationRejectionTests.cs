using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Market.Web.Tests.Api.Models;

namespace Market.Web.Tests.Api.Generations;

public sealed class GenerationRejectionTests(MarketApp app) : IClassFixture<MarketApp>
{
    private readonly Training _training = Training.For(app);

    public static TheoryData<string, string> BadAttributions => new()
    {
        { "not a contribution", "attribution[1].workId" },
        { "negative score", "attribution[0].score" },
        { "repeated work", "attribution[1].workId" },
        { "score as a string", "attribution[0].score" },
        { "infinite score", "attribution[0].score" },
        { "score beyond decimal", "attribution[1].score" },
        { "all zero", "attribution" },
        { "missing work id", "attribution[1].workId" },
        { "too many entries", "attribution" },
    };

    [Theory]
    [MemberData(nameof(BadAttributions))]
    public async Task BadAttributionIsRefusedNamingTheEntry(string mistake, string field)
    {
        var (client, modelId, works) = await _training.SealedModelAsync(works: 2);
        var creatorId = await _training.ArtistIdAsync();
        var outsider = await _training.WorkAsync();
        object[] attribution = mistake switch
        {
            "not a contribution" => [new { workId = works[0], score = 1 }, new { workId = outsider, score = 1 }],
            "negative score" => [new { workId = works[0], score = -0.5m }, new { workId = works[1], score = 1 }],
            "repeated work" => [new { workId = works[0], score = 1 }, new { workId = works[0], score = 2 }],
            "score as a string" => [new { workId = works[0], score = "NaN" }],
            "infinite score" => [new { workId = works[0], score = "Infinity" }, new { workId = works[1], score = 1 }],
            "score beyond decimal" => [new { workId = works[0], score = 1 }, new { workId = works[1], score = 1e300 }],
            "all zero" => [new { workId = works[0], score = 0 }, new { workId = works[1], score = 0.0 }],
            "missing work id" => [new { workId = works[0], score = 1 }, new { score = 1 }],
            "too many entries" => [.. Enumerable.Range(0, 10_001).Select(i => new { workId = $"w_{i}", score = 1 })],
            _ => throw new ArgumentOutOfRangeException(nameof(mistake), mistake, null),
        };

        var response = await client.PostAsJsonAsync("/api/v1/generations", GenerationRequests.Valid(modelId, creatorId, attribution));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue($"{mistake}: {problem}");
    }

    [Fact]
    public async Task AnOpenModelCannotRegisterPieces()
    {
        var (client, _) = await _training.OperatorAsync();
        var modelId = await Training.CreateModelAsync(client, Training.ModelBody());
        var creatorId = await _training.ArtistIdAsync();

        var response = await client.PostAsJsonAsync("/api/v1/generations", GenerationRequests.Valid(modelId, creatorId));

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task OnlyTheModelsOperatorRegistersItsPieces()
    {
        var (_, modelId, works) = await _training.SealedModelAsync(works: 1);
        var (stranger, _) = await _training.NewOperatorAsync();
        var creatorId = await _training.ArtistIdAsync();
        var body = GenerationRequests.Valid(modelId, creatorId, new { workId = works[0], score = 1 });

        (await stranger.PostAsJsonAsync("/api/v1/generations", body)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.Anonymous().PostAsJsonAsync("/api/v1/generations", body)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("unknown")]
    [InlineData("buyer")]
    public async Task TheCreatorMustBeAnExistingArtist(string creator)
    {
        var (client, modelId, _) = await _training.SealedModelAsync(works: 1);
        var creatorId = creator == "unknown" ? "p_nobody" : (await app.CreateAccountAsync("buyer")).Id;

        var response = await client.PostAsJsonAsync("/api/v1/generations", GenerationRequests.Valid(modelId, creatorId));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("creatorAccountId", out _).ShouldBeTrue();
    }
}
