using System.Collections.Concurrent;
using System.Diagnostics;
using Market.Benchmarks.Api;
using Market.Benchmarks.Cli;
using Market.Benchmarks.Hosting;
using Market.Payments.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Market.Benchmarks.Orders;

/// <summary>
/// <c>orders</c>: paid orders per second, end to end, with a 20-way split (DESIGN 6). Each of N
/// buyers loops: <c>POST /api/v1/orders</c> over HTTP, then Stripe's part through the sandbox — the
/// session marked paid and its signed <c>checkout.session.completed</c> posted to
/// <c>/webhooks/stripe</c>, which verifies it, allocates the sale, posts it to the ledger and
/// issues the license before answering 2xx. Only then is the order counted, and at the end every
/// counted order is read back through the API and must be paid, and the ledger must check clean.
/// </summary>
public static class OrdersCommand
{
    private const int Contributors = 17;

    // Accounts are opened through the API, 30 a minute per address: the piece takes 19, so at most
    // this many buyers; more clients share them (each order has its own idempotency key anyway).
    private const int MaxBuyerAccounts = 8;

    /// <summary>Runs the command.</summary>
    public static async Task<int> RunAsync(Arguments options)
    {
        var seconds = options.Whole("seconds", 20);
        var clients = options.Whole("clients", 8);
        await using var host = MarketHost.Start(options.Required("pg"), seed: false);
        var api = new BenchApi(host.BaseAddress);
        var piece = await SplitPiece.CreateAsync(api, Contributors);
        Report.Note($"piece {piece.WorkId}: {piece.Parties} parties, {piece.Lines} split lines");
        var accounts = await Task.WhenAll(Enumerable.Range(0, Math.Min(clients, MaxBuyerAccounts)).Select(_ => api.AccountAsync("buyer")));
        var sandbox = host.Services.GetRequiredService<ISandboxCheckout>();
        var buyers = Enumerable.Range(0, clients).Select(i => new Buyer(accounts[i % accounts.Length].Client, piece, sandbox)).ToList();

        // Warm-up: JIT, connection pools and the grains of the piece's graph; not counted. With
        // --warmup N the buyers also loop for N seconds first, so the window measures code that tiered
        // compilation has finished optimising (on 2 loaded cores that took 30-80 s) rather than JIT.
        foreach (var buyer in buyers) await buyer.BuyAsync();
        var warmup = TimeSpan.FromSeconds(options.Whole("warmup", 0));
        var warming = Stopwatch.StartNew();
        await Task.WhenAll(buyers.Select(buyer => Task.Run(async () =>
        {
            while (warming.Elapsed < warmup) await buyer.BuyAsync();
        })));
        var done = new ConcurrentBag<(Buyer Buyer, string OrderId, TimeSpan Placing, TimeSpan Paying)>();
        // The buyers are idle here and again when the window closes: what the database did in between is the window's.
        using var database = await DatabaseWindow.OpenAsync(options.Required("pg"), options.Optional("stats-pg"));
        using var self = Process.GetCurrentProcess();
        var cpuBefore = self.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var window = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(buyers.Select(buyer => Task.Run(async () =>
        {
            while (clock.Elapsed < window)
            {
                var (orderId, placing, paying) = await buyer.BuyAsync();
                done.Add((buyer, orderId, placing, paying));
            }
        })));
        var elapsed = clock.Elapsed;
        // How busy this process (app and buyers) kept the cores: tells CPU-bound from waiting on round trips.
        self.Refresh();
        var appCpu = self.TotalProcessorTime - cpuBefore;
        var cpuCores = appCpu / elapsed;
        var load = await database.CloseAsync();

        var paid = await CountPaidAsync(done.Select(d => (d.Buyer, d.OrderId)));
        using var admin = api.Client(host.AdminKey);
        var ledger = await BenchApi.GetAsync(admin, "/api/v1/admin/ledger/check");
        var latencies = done.Select(d => (d.Placing + d.Paying).TotalMilliseconds).Order().ToArray();
        var placingMs = done.Select(d => d.Placing.TotalMilliseconds).Order().ToArray();
        var payingMs = done.Select(d => d.Paying.TotalMilliseconds).Order().ToArray();
        Report.Line("orders",
            ("paid", Report.Number(paid)), ("placed", Report.Number(done.Count)), ("seconds", Report.Number(elapsed.TotalSeconds)),
            ("per_second", Report.Number(paid / elapsed.TotalSeconds)), ("clients", Report.Number(clients)), ("warmup_s", Report.Number(warmup.TotalSeconds)),
            ("parties", Report.Number(piece.Parties)), ("split_lines", Report.Number(piece.Lines)),
            ("p50_ms", Report.Number(Percentile(latencies, 0.50), 1)), ("p99_ms", Report.Number(Percentile(latencies, 0.99), 1)),
            ("place_p50_ms", Report.Number(Percentile(placingMs, 0.50), 1)), ("pay_p50_ms", Report.Number(Percentile(payingMs, 0.50), 1)),
            ("process_cpu_cores", Report.Number(cpuCores)),
            ("ledger_ok", ledger.GetProperty("ok").GetBoolean() ? "true" : "false"),
            ("ledger_transactions", Report.Number(ledger.GetProperty("transactions").GetInt64())));
        // Per paid order: the window's orders are the only work it saw (the buyers were idle at both ends).
        foreach (var statement in load.TopStatements(paid)) Report.Note(statement);
        Report.Line("orders_database", [("paid", Report.Number(paid)), .. load.PerOrder(paid, appCpu)]);
        return paid == done.Count && ledger.GetProperty("ok").GetBoolean() ? 0 : 1;
    }

    private static async Task<long> CountPaidAsync(IEnumerable<(Buyer Buyer, string OrderId)> orders)
    {
        long paid = 0;
        await Parallel.ForEachAsync(orders, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (order, _) =>
        {
            if (await order.Buyer.StatusAsync(order.OrderId) == "paid") Interlocked.Increment(ref paid);
        });
        return paid;
    }

    private static double Percentile(double[] sorted, double quantile) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
}
