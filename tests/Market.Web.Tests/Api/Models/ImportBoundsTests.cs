using System.Net;
using System.Net.Http.Json;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Market.Web.Api.Models;

namespace Market.Web.Tests.Api.Models;

/// <summary>An upload cannot make the server hold one huge entry, nor answer with an unbounded list of rejections.</summary>
public sealed class ImportBoundsTests(MarketApp app) : IClassFixture<MarketApp>
{
    private readonly Training _training = Training.For(app);

    [Fact]
    public async Task AnNdjsonLineLongerThanTheLimitImportsNothingAndSaysWhichLine()
    {
        var (client, _) = await _training.OperatorAsync();
        var modelId = await Training.CreateModelAsync(client, Training.ModelBody());
        var work = await _training.WorkAsync();
        var padding = new string('x', ContributionUpload.MaxEntryBytes);

        var response = await Training.PostNdjsonAsync(client, modelId, $"{{\"workId\":\"{work}\"}}\n{{\"workId\":\"{work}\",\"note\":\"{padding}\"}}\n");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        var message = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("body")[0].GetString()!;
        message.ShouldContain("line 2");
        message.ShouldContain($"{ContributionUpload.MaxEntryBytes:N0} bytes");
        (await _training.ModelAsync(modelId)).GetProperty("contributionCount").GetInt64().ShouldBe(0);
    }

    [Fact]
    public async Task RejectionsBeyondTheListedOnesAreCountedNotListed()
    {
        var (client, _) = await _training.OperatorAsync();
        var modelId = await Training.CreateModelAsync(client, Training.ModelBody());
        var total = ImportContributions.MaxListedRejections + 250;
        var lines = new StringBuilder();
        for (var i = 0; i < total; i++) lines.Append(CultureInfo.InvariantCulture, $"{{\"workId\":\"w_missing_{i}\"}}\n");

        var response = await Training.PostNdjsonAsync(client, modelId, lines.ToString());

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var verdicts = await response.Content.ReadFromJsonAsync<JsonElement>();
        verdicts.GetProperty("accepted").GetInt64().ShouldBe(0);
        verdicts.GetProperty("rejected").GetArrayLength().ShouldBe(ImportContributions.MaxListedRejections);
        verdicts.GetProperty("rejected")[0].GetProperty("workId").GetString().ShouldBe("w_missing_0");
        verdicts.GetProperty("rejectedCount").GetInt64().ShouldBe(total);
        verdicts.GetProperty("rejectedNotListed").GetInt64().ShouldBe(250);
    }
}
