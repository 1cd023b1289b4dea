using System.Diagnostics;
using System.Globalization;
using Market.Benchmarks.Api;
using Market.Benchmarks.Cli;
using Market.Benchmarks.Hosting;
using Market.Domain.Ids;
using Market.Domain.Ledger;
using Market.Domain.Royalties;
using Market.Grains.Royalties;
using Market.Store.Ledger;
using Microsoft.Extensions.DependencyInjection;

namespace Market.Benchmarks.Statements;

/// <summary>
/// <c>statement</c>: a monthly statement of <c>lines</c> lines (DESIGN 6: 100,000 within 2 s). The
/// scene is built through the API (<see cref="StatementScene"/>); the month's sales are allocated by
/// the app's own royalty graph and allocator and posted to its ledger as fulfilment posts them
/// (many per group commit: set-up, not timed), spread over last month. Then the artist's statement
/// is fetched over HTTP as JSON, CSV and PDF, each <c>repeat</c> times — every request builds the
/// statement from the ledger (reads, names, lines), renders the document it serves (the JSON: the
/// CSV, for its hash) and checks it against the closed period's record — and the median and worst of
/// each are reported.
/// </summary>
public static class StatementCommand
{
    private const int Batch = 500;

    /// <summary>Runs the command.</summary>
    public static async Task<int> RunAsync(Arguments options)
    {
        var target = options.Whole("lines", 100_000);
        var repeat = options.Whole("repeat", 3);
        await using var host = MarketHost.Start(options.Required("pg"), seed: false);
        var api = new BenchApi(host.BaseAddress);
        var scene = await StatementScene.CreateAsync(api, works: 40, pieces: 5, perPiece: 20);
        var month = DateTimeOffset.UtcNow.AddMonths(-1);
        var period = new DateTimeOffset(month.Year, month.Month, 1, 0, 0, 0, TimeSpan.Zero);
        var posting = Stopwatch.StartNew();
        var sales = await PostSalesAsync(host.Services, scene, target, period);
        Report.Note($"{sales:N0} sales posted in {posting.Elapsed.TotalSeconds:F1} s");

        using var admin = api.Client(host.AdminKey);
        var path = $"/api/v1/accounts/{scene.ArtistId}/statements/{period:yyyy-MM}";
        // Warm-up on the owner's (one line a sale): JIT and connection pools, not counted.
        await admin.GetByteArrayAsync($"/api/v1/accounts/{scene.OwnerId}/statements/{period:yyyy-MM}.csv");
        var json = await BenchApi.GetAsync(admin, path);
        var lines = json.GetProperty("controlTotals").GetProperty("lineCount").GetInt32();
        var fields = new List<(string, string)> { ("lines", Report.Number(lines)), ("sales", Report.Number(sales)) };
        var worst = 0.0;
        foreach (var format in new[] { "json", "csv", "pdf" })
        {
            var (median, max, cpu, bytes) = await TimeAsync(admin, format == "json" ? path : $"{path}.{format}", repeat);
            fields.AddRange([
                ($"{format}_ms", Report.Number(median, 0)), ($"{format}_max_ms", Report.Number(max, 0)),
                ($"{format}_cpu_ms", Report.Number(cpu, 0)), ($"{format}_kib", Report.Number(bytes / 1024)),
            ]);
            worst = Math.Max(worst, median);
        }

        fields.Add(("worst_ms", Report.Number(worst, 0)));
        fields.AddRange(await StatementProfile.StepsAsync(host.Services, scene.ArtistId, period));
        Report.Line("statement", [.. fields]);
        return lines >= target ? 0 : 1;
    }

    // Sales of the scene's pieces in turn until the artist has at least `target` lines.
    private static async Task<int> PostSalesAsync(IServiceProvider services, StatementScene scene, int target, DateTimeOffset period)
    {
        var policy = services.GetRequiredService<RoyaltyPolicy>();
        var graph = await services.GetRequiredService<RoyaltyGraphLoader>().LoadAsync(scene.Pieces, policy);
        var allocator = new RoyaltyAllocator(graph, policy);
        var splits = scene.Pieces.Select(p => allocator.AllocateSale(new WorkId(p), 2000, 88)).ToList();
        var artist = new PartyId(scene.ArtistId);
        var perSale = splits.Select(s => s.Parts.Count(p => p.Party == artist)).ToList();
        var seconds = (period.AddMonths(1) - period).TotalSeconds;
        var ledger = services.GetRequiredService<LedgerStore>();
        var (lines, sales) = (0, 0);
        while (lines < target)
        {
            var batch = new List<LedgerTransaction>(Batch);
            for (var i = 0; i < Batch && lines < target; i++, sales++)
            {
                var piece = sales % splits.Count;
                var at = period.AddSeconds(sales * 397.0 % seconds);
                var order = "o_stmt" + sales.ToString(CultureInfo.InvariantCulture);
                batch.Add(LedgerTransactions.Sale(splits[piece], LedgerKeys.Sale(order, "l1"), at, new LedgerReferences(order, "l1", External: "pi_" + order)));
                lines += perSale[piece];
            }

            await ledger.PostManyAsync(batch);
        }

        return sales;
    }

    // Wall-clock median and worst, and the median of the process's CPU time (server and client: one process).
    private static async Task<(double MedianMs, double MaxMs, double CpuMs, long Bytes)> TimeAsync(HttpClient client, string path, int repeat)
    {
        var (times, cpus) = (new List<double>(), new List<double>());
        long bytes = 0;
        for (var i = 0; i < repeat; i++)
        {
            var cpu = new CpuLaps();
            var clock = Stopwatch.StartNew();
            bytes = (await client.GetByteArrayAsync(path)).LongLength;
            times.Add(clock.Elapsed.TotalMilliseconds);
            cpus.Add(cpu.Lap());
        }

        times.Sort();
        cpus.Sort();
        return (times[times.Count / 2], times[^1], cpus[cpus.Count / 2], bytes);
    }
}
