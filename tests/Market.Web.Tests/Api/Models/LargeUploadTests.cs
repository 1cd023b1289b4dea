using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Marten;
using Market.Store.Catalog;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Market.Web.Tests.Api.Models;

public sealed class LargeUploadTests(MarketApp app, ITestOutputHelper output) : IClassFixture<MarketApp>
{
    private readonly Training _training = Training.For(app);

    [Fact]
    public async Task AHundredThousandEntriesImportInOneStreamedUpload()
    {
        const int count = 100_000;
        var ids = await PlantWorksAsync(count);
        var (client, _) = await _training.OperatorAsync();
        var modelId = await Training.CreateModelAsync(client, Training.ModelBody());
        var lines = new StringBuilder(count * 48);
        foreach (var id in ids) lines.Append("{\"workId\":\"").Append(id).Append("\",\"weight\":2}\n");

        var clock = Stopwatch.StartNew();
        var response = await Training.PostNdjsonAsync(client, modelId, lines.ToString());
        clock.Stop();

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var verdicts = await response.Content.ReadFromJsonAsync<JsonElement>();
        verdicts.GetProperty("accepted").GetInt64().ShouldBe(count);
        verdicts.GetProperty("rejected").GetArrayLength().ShouldBe(0);
        (await _training.ModelAsync(modelId)).GetProperty("contributionCount").GetInt64().ShouldBe(count);
        output.WriteLine($"{count:N0} entries imported in {clock.ElapsedMilliseconds:N0} ms ({count / clock.Elapsed.TotalSeconds:N0} entries/s)");
    }

    [Fact]
    public async Task AnUploadOfMoreThanAMillionEntriesIsRefusedWhole()
    {
        var (client, _) = await _training.OperatorAsync();
        var modelId = await Training.CreateModelAsync(client, Training.ModelBody());
        var lines = new StringBuilder();
        lines.Append("{\"workId\":\"").Append(await _training.WorkAsync()).Append("\"}\n");
        // Entries without a work id need no lookups, so the limit is reached in a second or so.
        for (var i = 0; i < 1_000_000; i++) lines.Append("{}\n");

        var response = await Training.PostNdjsonAsync(client, modelId, lines.ToString());

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync()).ShouldContain("1,000,000");
        (await _training.ModelAsync(modelId)).GetProperty("contributionCount").GetInt64().ShouldBe(0);
        var retry = await Training.PostNdjsonAsync(client, modelId, lines.ToString()[..lines.ToString().IndexOf('\n', StringComparison.Ordinal)]);
        (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accepted").GetInt64().ShouldBe(1);
    }

    // Catalog entries are what the import checks, so planting them directly stands in for 100,000 registrations.
    private async Task<string[]> PlantWorksAsync(int count)
    {
        var prefix = "w_bulk_" + Guid.NewGuid().ToString("N")[..8] + "_";
        var entries = Enumerable.Range(0, count).Select(i => new CatalogEntry
        {
            Id = prefix + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture), Title = "Bulk", Kind = "image", GenerativeTraining = "allowed",
        }).ToList();
        await app.Services.GetRequiredService<IDocumentStore>().BulkInsertAsync(entries);
        return [.. entries.Select(e => e.Id)];
    }
}
