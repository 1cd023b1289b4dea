using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Market.Web.Tests.Api.Models;

public sealed class NdjsonUploadTests(MarketApp app) : IClassFixture<MarketApp>
{
    private readonly Training _training = Training.For(app);

    [Fact]
    public async Task NdjsonLinesAreImportedOneByOne()
    {
        var (client, _) = await _training.OperatorAsync();
        var modelId = await Training.CreateModelAsync(client, Training.ModelBody());
        var (a, b) = (await _training.WorkAsync(), await _training.WorkAsync("notAllowed"));

        var response = await Training.PostNdjsonAsync(client, modelId, $"{{\"workId\":\"{a}\",\"weight\":7}}\n\n{{\"workId\":\"{b}\"}}\r\n");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var verdicts = await response.Content.ReadFromJsonAsync<JsonElement>();
        verdicts.GetProperty("accepted").GetInt64().ShouldBe(1);
        ContributionVerdictTests.Rejections(verdicts).ShouldBe([(b, "no consent")]);
    }

    [Fact]
    public async Task BrokenJsonImportsNothingAndSaysWhere()
    {
        var (client, _) = await _training.OperatorAsync();
        var modelId = await Training.CreateModelAsync(client, Training.ModelBody());
        var a = await _training.WorkAsync();

        var response = await Training.PostNdjsonAsync(client, modelId, $"{{\"workId\":\"{a}\"}}\n{{\"workId\": oops}}\n");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").GetProperty("body")[0].GetString()!.ShouldContain("line 2");
        (await _training.ModelAsync(modelId)).GetProperty("contributionCount").GetInt64().ShouldBe(0);
        var retry = await Training.ImportAsync(client, modelId, new[] { new { workId = a } });
        retry.GetProperty("accepted").GetInt64().ShouldBe(1);
    }

    [Fact]
    public async Task OtherMediaTypesAreRefused()
    {
        var (client, _) = await _training.OperatorAsync();
        var modelId = await Training.CreateModelAsync(client, Training.ModelBody());

        var response = await client.PostAsync($"/api/v1/models/{modelId}/contributions", new StringContent("workId,weight\nw_1,1", System.Text.Encoding.UTF8, "text/csv"));

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }
}
