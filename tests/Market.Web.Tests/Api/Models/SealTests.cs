using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Market.Web.Tests.Api.Models;

public sealed class SealTests(MarketApp app) : IClassFixture<MarketApp>
{
    private readonly Training _training = Training.For(app);

    [Fact]
    public async Task SealingRecordsTheHashOfTheConsentSnapshotAndRepeatsIt()
    {
        var (client, _) = await _training.OperatorAsync();
        var modelId = await Training.CreateModelAsync(client, Training.ModelBody(poolPpm: 300_000));
        var open = await _training.WorkAsync("allowed");
        var constrained = await _training.WorkAsync("constrained", minimumPoolPpm: 250_000);
        await Training.ImportAsync(client, modelId, new object[] { new { workId = open, weight = 5 }, new { workId = constrained } });

        var first = await Training.SealAsync(client, modelId);
        var second = await Training.SealAsync(client, modelId);

        var hash = first.GetProperty("consentSnapshotHash").GetString()!;
        hash.ShouldBe(ExpectedHash([(open, 5, "allowed", null), (constrained, 1, "constrained", 250_000)]));
        second.GetProperty("consentSnapshotHash").GetString().ShouldBe(hash);
        first.GetProperty("contributionCount").GetInt64().ShouldBe(2);
        var model = await _training.ModelAsync(modelId);
        model.GetProperty("status").GetString().ShouldBe("sealed");
        model.GetProperty("consentSnapshotHash").GetString().ShouldBe(hash);
    }

    [Fact]
    public async Task ASealedTrainingSetTakesNoMoreContributions()
    {
        var (client, modelId, _) = await _training.SealedModelAsync(works: 1);

        var response = await client.PostAsJsonAsync($"/api/v1/models/{modelId}/contributions", new[] { new { workId = await _training.WorkAsync() } });

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await _training.ModelAsync(modelId)).GetProperty("contributionCount").GetInt64().ShouldBe(1);
    }

    [Fact]
    public async Task AnEmptyTrainingSetCannotBeSealed()
    {
        var (client, _) = await _training.OperatorAsync();
        var modelId = await Training.CreateModelAsync(client, Training.ModelBody());

        var response = await client.PostAsync($"/api/v1/models/{modelId}/seal", null);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await _training.ModelAsync(modelId)).GetProperty("status").GetString().ShouldBe("open");
    }

    // The documented canonical form (ConsentSnapshot): a header line, then one line per contribution by work id.
    private static string ExpectedHash(IEnumerable<(string WorkId, long Weight, string Consent, long? Minimum)> rows)
    {
        var text = new StringBuilder("market.consent-snapshot.v1\n");
        foreach (var row in rows.OrderBy(r => r.WorkId, StringComparer.Ordinal))
            text.Append(FormattableString.Invariant($"{row.WorkId}\t{row.Weight}\t{row.Consent}\t{row.Minimum?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}\n"));
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
