using Market.Web.Tests.Api;
using Market.Web.Tests.Orders;
using Npgsql;
using Xunit.Abstractions;

namespace Market.Web.Tests.Faults;

/// <summary>
/// What the database does per paid order, phase by phase: PostgreSQL's own count of committed
/// transactions (<c>xact_commit</c>, reads included) for the app's database, less what the idle app
/// commits in the same time (membership, schedulers), divided by the orders.
/// </summary>
public sealed class PaidOrderCommitsTests(UndeliveredSandboxApp fixture, ITestOutputHelper output) : IClassFixture<UndeliveredSandboxApp>
{
    private const int Orders = 10;

    [Fact]
    public async Task AWebhookFulfilsAPaidOrderInAFewCommits()
    {
        var app = fixture.App;
        var (_, artistKey) = await app.CreateAccountAsync("artist");
        using var artist = app.WithKey(artistKey);
        var works = new List<string>();
        for (var i = 0; i < Orders; i++)
        {
            var body = WorkRequests.WithOffers(WorkRequests.Valid($"Counted {i}"), ("personal", 2000));
            body.Remove("file");
            works.Add(await MarketApp.CreateWorkAsync(artist, body));
        }

        var buyers = new List<HttpClient>();
        for (var i = 0; i < Orders; i++) buyers.Add(app.WithKey((await app.CreateAccountAsync("buyer")).ApiKey));
        var idle = await CommitsDuringAsync(() => Task.Delay(TimeSpan.FromSeconds(3)));
        var placed = new List<(string OrderId, string CheckoutUrl)>();
        var place = await CommitsDuringAsync(async () =>
        {
            for (var i = 0; i < Orders; i++)
            {
                var (orderId, checkoutUrl, _) = await SandboxBuyer.OrderAsync(buyers[i], (works[i], "personal"));
                placed.Add((orderId, checkoutUrl));
            }
        });
        var pay = await CommitsDuringAsync(async () =>
        {
            foreach (var order in placed) await SandboxBuyer.PayAsync(app, order.CheckoutUrl);
        });
        var completions = await WebhookEvents.CompletionsAsync(app, [.. placed.Select(p => p.OrderId)]);
        var webhook = await CommitsDuringAsync(async () =>
        {
            foreach (var completion in completions) (await WebhookEvents.DeliverAsync(app, completion)).IsSuccessStatusCode.ShouldBeTrue();
        });

        double PerOrder((long Commits, TimeSpan Took) phase) => (phase.Commits - (idle.Commits * phase.Took / idle.Took)) / Orders;
        output.WriteLine($"commits per paid order: place {PerOrder(place):F1}, pay {PerOrder(pay):F1}, webhook {PerOrder(webhook):F1} (idle app: {idle.Commits} in {idle.Took.TotalSeconds:F1} s)");
        // Measured here: 8.6-9.2 before Marten's connections skipped DISCARD ALL. The fulfilment itself is one
        // commit; the rest is the fee lookup, the buyer's open orders and the reads around them.
        PerOrder(webhook).ShouldBeLessThanOrEqualTo(7);
        buyers.ForEach(b => b.Dispose());
    }

    // PostgreSQL publishes a backend's counts when it goes idle (at the latest after 10 s): wait for that on both sides.
    private async Task<(long Commits, TimeSpan Took)> CommitsDuringAsync(Func<Task> phase)
    {
        await Task.Delay(TimeSpan.FromSeconds(11));
        var before = await CommitsAsync();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await phase();
        var took = clock.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(11));
        // The idle wait after the phase is charged to it too, as the idle app's rate.
        return (await CommitsAsync() - before - 1, took + TimeSpan.FromSeconds(11));
    }

    private async Task<long> CommitsAsync()
    {
        await using var connection = new NpgsqlConnection(fixture.App.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select xact_commit from pg_stat_database where datname = current_database()", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
