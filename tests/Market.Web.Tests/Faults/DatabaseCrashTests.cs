using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Market.Contracts.Orders;
using Market.Domain.Ids;
using Market.Domain.Ledger;
using Market.Payments.Sandbox;
using Market.Store.Ledger;
using Market.Testing;
using Market.Web.Tests.Api;
using Market.Web.Tests.Orders;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Market.Web.Tests.Faults;

public sealed class DatabaseCrashTests(ITestOutputHelper output)
{
    private const int Orders = 20;
    private const long PriceMinor = 2000;
    private const long NetMicros = (PriceMinor - 88) * 10_000;   // the cash Stripe keeps for Market after its 2.9 % + 30¢

    [Fact]
    public async Task EveryOrderAcknowledgedAroundAHardDatabaseStopIsInTheLedgerOnce()
    {
        await using var postgres = await CrashablePostgres.StartAsync("market");
        // The sandbox's own delivery goes to an endpoint that only says thanks, so the test delivers the
        // completions to Market itself, as Stripe would.
        using var elsewhere = new ThankingEndpoint();
        var app = new MarketApp(new TestDatabase("market", postgres.ConnectionString("market")), new Dictionary<string, string>
        {
            ["Stripe:SandboxWebhookUrl"] = elsewhere.Url,
        });
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            await app.InitializeAsync();
            var (artist, orderIds) = await PaidInTheSandboxAsync(app);
            var completions = await WebhookEvents.CompletionsAsync(app, orderIds);
            output.WriteLine($"{Orders} orders paid in the sandbox after {clock.Elapsed.TotalSeconds:F1} s");
            var secret = await WebhookEvents.SecretAsync(app);

            var acknowledged = new ConcurrentDictionary<string, bool>();
            var failures = 0;
            var crash = Task.Run(async () =>
            {
                while (acknowledged.Count < Orders / 4) await Task.Delay(10);
                await postgres.CrashAsync();
                output.WriteLine($"killed PostgreSQL with {acknowledged.Count} of {Orders} acknowledged");
                await Task.Delay(TimeSpan.FromSeconds(2));
                await postgres.StartAsync();
            });
            using var lanes = new SemaphoreSlim(3);
            var deliveries = completions.Select(async completion =>
            {
                await lanes.WaitAsync();
                try
                {
                    // Stripe retries an event until the endpoint answers 2xx.
                    while (!await DeliveredAsync(app, completion, secret))
                    {
                        Interlocked.Increment(ref failures);
                        await Task.Delay(250);
                    }

                    acknowledged[completion.Id] = true;
                }
                finally
                {
                    lanes.Release();
                }
            });
            await Task.WhenAll(deliveries.Append(crash)).WaitAsync(TimeSpan.FromSeconds(45));
            output.WriteLine($"{failures} deliveries failed while the database was down or recovering; all acknowledged after {clock.Elapsed.TotalSeconds:F1} s");

            failures.ShouldBeGreaterThan(0, "the crash missed the burst");
            acknowledged.Count.ShouldBe(Orders);
            await EachSaleIsInTheLedgerOnceAsync(app, artist, orderIds);

            // Stripe may still resend what it already had an answer for: nothing changes.
            foreach (var completion in completions) (await DeliveredAsync(app, completion, secret)).ShouldBeTrue();
            await EachSaleIsInTheLedgerOnceAsync(app, artist, orderIds);
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    private static async Task<bool> DeliveredAsync(MarketApp app, SandboxEvent completion, string secret)
    {
        try
        {
            var answer = await WebhookEvents.DeliverAsync(app, completion, secret: secret).WaitAsync(TimeSpan.FromSeconds(10));
            return answer.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException)
        {
            return false;
        }
    }

    private static async Task EachSaleIsInTheLedgerOnceAsync(MarketApp app, string artist, List<string> orderIds)
    {
        using var admin = app.WithKey(MarketApp.AdminKey);
        var check = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/ledger/check");
        check.GetProperty("ok").GetBoolean().ShouldBeTrue(check.ToString());
        check.GetProperty("transactions").GetInt64().ShouldBe(Orders);
        var ledger = app.Services.GetRequiredService<LedgerStore>();
        (await ledger.BalanceAsync(LedgerAccount.PlatformCash)).ShouldBe(Orders * NetMicros);
        (await ledger.BalanceAsync(new PartyId(artist))).UnpaidMicros.ShouldBe(Orders * 16_252_000L);
        var grains = app.Services.GetRequiredService<IGrainFactory>();
        foreach (var orderId in orderIds)
        {
            var order = (await grains.GetGrain<IOrderGrain>(orderId).Get())!;
            order.Status.ShouldBe(OrderStatus.Paid, orderId);
            order.LicenseIds!.Count.ShouldBe(1, orderId);
        }
    }

    // One artist's $20.00 works, each bought once by one buyer (ordering the same work again would find the same order) and paid on the sandbox checkout.
    private static async Task<(string Artist, List<string> OrderIds)> PaidInTheSandboxAsync(MarketApp app)
    {
        var (artist, artistKey) = await app.CreateAccountAsync("artist");
        var (_, buyerKey) = await app.CreateAccountAsync("buyer");
        using var artistClient = app.WithKey(artistKey);
        using var buyer = app.WithKey(buyerKey);
        var orderIds = new List<string>();
        for (var i = 0; i < Orders; i++)
        {
            var body = WorkRequests.WithOffers(WorkRequests.Valid($"Crash {i}"), ("personal", PriceMinor));
            body.Remove("file");
            var work = await MarketApp.CreateWorkAsync(artistClient, body);
            var (orderId, checkoutUrl, _) = await SandboxBuyer.OrderAsync(buyer, (work, "personal"));
            await SandboxBuyer.PayAsync(app, checkoutUrl);
            orderIds.Add(orderId);
        }

        return (artist, orderIds);
    }
}
