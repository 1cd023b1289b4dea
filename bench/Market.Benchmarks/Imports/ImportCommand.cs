using System.Diagnostics;
using Market.Benchmarks.Api;
using Market.Benchmarks.Cli;

namespace Market.Benchmarks.Imports;

/// <summary>
/// <c>import</c>: the client half of the million-contribution import (issue "Catalog…", DESIGN 1).
/// Against a Market that infra/bench.sh started as infra/run.sh does: registers one work through the
/// API, plants <c>count</c> catalog clones of it, opens an operator and a model, then streams the
/// NDJSON upload and times it. With <c>--pid</c>, the server's peak resident memory during the upload.
/// </summary>
public static class ImportCommand
{
    /// <summary>Runs the command.</summary>
    public static async Task<int> RunAsync(Arguments options)
    {
        var count = options.Whole("count", 1_000_000);
        var pid = options.Whole("pid", 0);
        var api = new BenchApi(new Uri(options.Required("url")));
        var (_, artist) = await api.AccountAsync("artist");
        // Short text on purpose: every clone goes through the catalog's full-text index, and planting
        // is set-up, not the figure.
        var template = await BenchApi.PostAsync(artist, "/api/v1/works", new
        {
            title = "Planted",
            kind = "image",
            tags = Array.Empty<string>(),
            offers = new[] { new { tier = "personal", priceMinor = 1000 } },
            consent = new { generativeTraining = "allowed", nonGenerativeTraining = "notAllowed", dataMining = "notAllowed" },
            parents = Array.Empty<object>(),
        });
        var prefix = "w_bench_" + Guid.NewGuid().ToString("N")[..8] + "_";
        var planting = Stopwatch.StartNew();
        await CatalogPlanter.PlantAsync(options.Required("pg"), template.GetProperty("id").GetString()!, prefix, count);
        planting.Stop();
        Report.Note($"{count:N0} catalog entries planted in {planting.Elapsed.TotalSeconds:F1} s");
        var (_, operatorClient) = await api.AccountAsync("operator");
        operatorClient.Timeout = TimeSpan.FromMinutes(10);
        var modelId = await BenchCatalog.ModelAsync(operatorClient, "Import bench");

        var before = pid > 0 ? ProcessMemory.Read(pid).RssMiB : double.NaN;
        var peakSinceUpload = pid > 0 && ProcessMemory.TryResetPeak(pid);
        var clock = Stopwatch.StartNew();
        using var response = await operatorClient.PostAsync($"/api/v1/models/{modelId}/contributions", new NdjsonLines(prefix, count));
        var verdicts = await BenchApi.ReadAsync(response, "POST contributions");
        clock.Stop();
        var peak = pid > 0 ? ProcessMemory.Read(pid).PeakMiB : double.NaN;

        var accepted = verdicts.GetProperty("accepted").GetInt64();
        using var anonymous = api.Client();
        var stored = (await BenchApi.GetAsync(anonymous, $"/api/v1/models/{modelId}")).GetProperty("contributionCount").GetInt64();
        Report.Line("import",
            ("count", Report.Number(count)), ("accepted", Report.Number(accepted)), ("stored", Report.Number(stored)),
            ("seconds", Report.Number(clock.Elapsed.TotalSeconds)), ("per_second", Report.Number(count / clock.Elapsed.TotalSeconds, 0)),
            ("rss_before_mib", Report.Number(before, 0)), ("peak_mib", Report.Number(peak, 0)),
            ("peak_scope", pid == 0 ? "none" : peakSinceUpload ? "upload" : "process-lifetime"),
            ("plant_seconds", Report.Number(planting.Elapsed.TotalSeconds, 1)));
        return accepted == count && stored == count ? 0 : 1;
    }
}
