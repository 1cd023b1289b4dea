using System.Net.Http.Json;
using System.Text.Json;

namespace Market.Web.Tests.Api.Models;

public sealed class RevocationTests(MarketApp app) : IClassFixture<MarketApp>
{
    private readonly Training _training = Training.For(app);

    [Fact]
    public async Task ARevokedWorkStaysInTheSealedVersionButIsExcludedFromTheNext()
    {
        var (client, v1, works) = await _training.SealedModelAsync(works: 2);
        var hash = (await _training.ModelAsync(v1)).GetProperty("consentSnapshotHash").GetString();
        await _training.ChangeConsentAsync(works[0], "notAllowed");
        var v2 = await Training.CreateModelAsync(client, Training.ModelBody(version: "2.0"));

        var verdicts = await Training.ImportAsync(client, v2, works.Select(id => new { workId = id }).ToArray());

        ContributionVerdictTests.Rejections(verdicts).ShouldBe([(works[0], "no consent")]);
        var sealedVersion = await _training.ModelAsync(v1);
        sealedVersion.GetProperty("contributionCount").GetInt64().ShouldBe(2);
        sealedVersion.GetProperty("consentSnapshotHash").GetString().ShouldBe(hash);
        (await Training.SealAsync(client, v1)).GetProperty("consentSnapshotHash").GetString().ShouldBe(hash);
        using var anyone = app.Anonymous();
        var receipts = await anyone.GetFromJsonAsync<JsonElement>($"/api/v1/works/{works[0]}/inclusions");
        receipts.GetProperty("inclusions").EnumerateArray().Select(r => r.GetProperty("modelId").GetString()).ShouldBe([v1]);
    }

    [Fact]
    public async Task ConsentRevokedBeforeSealingDropsTheWorkAndSaysSo()
    {
        var (client, _) = await _training.OperatorAsync();
        var modelId = await Training.CreateModelAsync(client, Training.ModelBody());
        var (kept, revoked) = (await _training.WorkAsync(), await _training.WorkAsync());
        await Training.ImportAsync(client, modelId, new[] { new { workId = kept }, new { workId = revoked } });
        await _training.ChangeConsentAsync(revoked, "notAllowed");

        var seal = await Training.SealAsync(client, modelId);

        seal.GetProperty("contributionCount").GetInt64().ShouldBe(1);
        var dropped = seal.GetProperty("dropped").EnumerateArray().ShouldHaveSingleItem();
        dropped.GetProperty("workId").GetString().ShouldBe(revoked);
        dropped.GetProperty("reason").GetString().ShouldBe("no consent");
        var model = await _training.ModelAsync(modelId);
        model.GetProperty("contributionCount").GetInt64().ShouldBe(1);
        model.GetProperty("droppedAtSeal").GetInt64().ShouldBe(1);
        (await Training.SealAsync(client, modelId)).GetProperty("dropped").GetArrayLength().ShouldBe(1);
    }
}
