using System.Net;
using System.Net.Http.Json;

namespace Market.Web.Tests.Api.Models;

public sealed class ModelAuthorizationTests(MarketApp app) : IClassFixture<MarketApp>
{
    private readonly Training _training = Training.For(app);

    [Fact]
    public async Task AnotherOperatorCannotUploadToOrSealSomeoneElsesModel()
    {
        var (owner, _) = await _training.OperatorAsync();
        var (stranger, _) = await _training.NewOperatorAsync();
        var modelId = await Training.CreateModelAsync(owner, Training.ModelBody());
        var upload = new[] { new { workId = await _training.WorkAsync() } };

        (await stranger.PostAsJsonAsync($"/api/v1/models/{modelId}/contributions", upload)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await stranger.PostAsync($"/api/v1/models/{modelId}/seal", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _training.ModelAsync(modelId)).GetProperty("contributionCount").GetInt64().ShouldBe(0);
    }

    [Fact]
    public async Task WithoutAKeyOrTheOperatorRoleTheCallsAreRefused()
    {
        var (owner, _) = await _training.OperatorAsync();
        var modelId = await Training.CreateModelAsync(owner, Training.ModelBody());
        var (_, artistKey) = await app.CreateAccountAsync("artist");
        using var artist = app.WithKey(artistKey);
        using var anonymous = app.Anonymous();
        var upload = new[] { new { workId = "w_1" } };

        (await anonymous.PostAsJsonAsync($"/api/v1/models/{modelId}/contributions", upload)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsync($"/api/v1/models/{modelId}/seal", null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await artist.PostAsJsonAsync($"/api/v1/models/{modelId}/contributions", upload)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AnUnknownModelIsNotFound()
    {
        var (client, _) = await _training.OperatorAsync();
        (await client.PostAsJsonAsync("/api/v1/models/m_nothing/contributions", Array.Empty<object>())).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.Anonymous().GetAsync("/api/v1/models/m_nothing")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
