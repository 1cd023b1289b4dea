using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Market.Web.Tests.Api.Models;

public sealed class InclusionReceiptTests(MarketApp app) : IClassFixture<MarketApp>
{
    private readonly Training _training = Training.For(app);

    [Fact]
    public async Task ReceiptsListEverySealedVersionWithTheConsentAndWeightAtSealing()
    {
        var (client, operatorId) = await _training.OperatorAsync();
        var work = await _training.WorkAsync("constrained", minimumPoolPpm: 200_000);
        var sealedId = await Training.CreateModelAsync(client, Training.ModelBody(poolPpm: 300_000, name: "Receipts", version: "1"));
        var openId = await Training.CreateModelAsync(client, Training.ModelBody(poolPpm: 300_000, name: "Receipts", version: "2"));
        await Training.ImportAsync(client, sealedId, new[] { new { workId = work, weight = 40 } });
        await Training.ImportAsync(client, openId, new[] { new { workId = work, weight = 10 } });
        var hash = (await Training.SealAsync(client, sealedId)).GetProperty("consentSnapshotHash").GetString();
        using var anyone = app.Anonymous();

        var receipts = await anyone.GetFromJsonAsync<JsonElement>($"/api/v1/works/{work}/inclusions");

        var receipt = receipts.GetProperty("inclusions").EnumerateArray().ShouldHaveSingleItem();
        receipt.GetProperty("modelId").GetString().ShouldBe(sealedId);
        receipt.GetProperty("modelName").GetString().ShouldBe("Receipts");
        receipt.GetProperty("modelVersion").GetString().ShouldBe("1");
        receipt.GetProperty("ownerId").GetString().ShouldBe(operatorId);
        receipt.GetProperty("weight").GetInt64().ShouldBe(40);
        receipt.GetProperty("consentSnapshotHash").GetString().ShouldBe(hash);
        receipt.GetProperty("consent").GetProperty("generativeTraining").GetString().ShouldBe("constrained");
        receipt.GetProperty("consent").GetProperty("minimumPoolPpm").GetInt64().ShouldBe(200_000);
        receipt.TryGetProperty("earnings", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task AnUnknownWorkHasNoReceipts()
    {
        using var anyone = app.Anonymous();
        (await anyone.GetAsync("/api/v1/works/w_nothing/inclusions")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
