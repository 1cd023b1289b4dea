using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Market.Web.Tests.Api.Models;

public sealed class RegisterModelTests(MarketApp app) : IClassFixture<MarketApp>
{
    private readonly Training _training = Training.For(app);

    [Fact]
    public async Task AnOperatorRegistersAVersionThatAnyoneCanRead()
    {
        var (client, operatorId) = await _training.OperatorAsync();

        var id = await Training.CreateModelAsync(client, Training.ModelBody(250_000, "Dune Painter " + Guid.NewGuid().ToString("N")[..6], "2.1"));

        var model = await _training.ModelAsync(id);
        model.GetProperty("name").GetString()!.ShouldStartWith("Dune Painter");
        model.GetProperty("version").GetString().ShouldBe("2.1");
        model.GetProperty("ownerId").GetString().ShouldBe(operatorId);
        model.GetProperty("terms").GetProperty("poolPpm").GetInt64().ShouldBe(250_000);
        model.GetProperty("inclusionFloorPpm").GetInt64().ShouldBe(500_000);
        model.GetProperty("status").GetString().ShouldBe("open");
        model.GetProperty("contributionCount").GetInt64().ShouldBe(0);
        model.TryGetProperty("consentSnapshotHash", out _).ShouldBeFalse();
    }

    public static TheoryData<string, string> BadBodies => new()
    {
        { "terms do not sum to the whole", "terms" },
        { "pool below the fair-pool floor", "terms.poolPpm" },
        { "base share without a base model", "terms.basePpm" },
        { "negative creator share", "terms.creatorPpm" },
        { "inclusion floor above the whole", "inclusionFloorPpm" },
        { "no name", "name" },
        { "no terms", "terms" },
        { "unknown base model", "baseModelId" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task BadInputIsRefusedNamingTheField(string mistake, string field)
    {
        var (client, _) = await _training.OperatorAsync();

        var response = await client.PostAsJsonAsync("/api/v1/models", Break(Training.ModelBody(), mistake));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue($"{mistake}: {problem}");
    }

    [Fact]
    public async Task AFineTuneNeedsASealedBase()
    {
        var (client, modelId, _) = await _training.SealedModelAsync(works: 1);
        var open = await Training.CreateModelAsync(client, Training.ModelBody());
        var body = Training.ModelBody();
        body["terms"] = new { creatorPpm = 300_000, ownerPpm = 300_000, poolPpm = 300_000, basePpm = 100_000 };

        body["baseModelId"] = open;
        var refused = await client.PostAsJsonAsync("/api/v1/models", body);
        body["baseModelId"] = modelId;
        var accepted = await client.PostAsJsonAsync("/api/v1/models", body);

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("not sealed");
        accepted.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        (await _training.ModelAsync(id)).GetProperty("baseModelId").GetString().ShouldBe(modelId);
    }

    [Fact]
    public async Task RegisteringAVersionAgainIsHarmlessButOtherTermsConflict()
    {
        var (client, _) = await _training.OperatorAsync();
        var body = Training.ModelBody();
        var first = await Training.CreateModelAsync(client, body);

        var again = await Training.CreateModelAsync(client, body);
        body["inclusionFloorPpm"] = 100_000;
        var changed = await client.PostAsJsonAsync("/api/v1/models", body);

        again.ShouldBe(first);
        changed.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task OnlyOperatorsRegisterModels()
    {
        var (_, artistKey) = await app.CreateAccountAsync("artist");
        using var artist = app.WithKey(artistKey);
        using var anonymous = app.Anonymous();

        (await anonymous.PostAsJsonAsync("/api/v1/models", Training.ModelBody())).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await artist.PostAsJsonAsync("/api/v1/models", Training.ModelBody())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static Dictionary<string, object?> Break(Dictionary<string, object?> body, string mistake)
    {
        switch (mistake)
        {
            case "terms do not sum to the whole": body["terms"] = new { creatorPpm = 400_000, ownerPpm = 400_000, poolPpm = 300_000, basePpm = 0 }; break;
            case "pool below the fair-pool floor": body["terms"] = new { creatorPpm = 500_000, ownerPpm = 400_000, poolPpm = 100_000, basePpm = 0 }; break;
            case "base share without a base model": body["terms"] = new { creatorPpm = 400_000, ownerPpm = 200_000, poolPpm = 300_000, basePpm = 100_000 }; break;
            case "negative creator share": body["terms"] = new { creatorPpm = -100_000, ownerPpm = 800_000, poolPpm = 300_000, basePpm = 0 }; break;
            case "inclusion floor above the whole": body["inclusionFloorPpm"] = 1_000_001; break;
            case "no name": body.Remove("name"); break;
            case "no terms": body.Remove("terms"); break;
            case "unknown base model": body["baseModelId"] = "m_nothing"; break;
            default: throw new ArgumentOutOfRangeException(nameof(mistake), mistake, null);
        }

        return body;
    }
}
