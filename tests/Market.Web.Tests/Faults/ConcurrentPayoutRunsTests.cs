using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Market.Testing;
using Market.Web.Tests.Api;
using Market.Web.Tests.Orders;

namespace Market.Web.Tests.Faults;

public sealed class ConcurrentPayoutRunsTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const int Artists = 3;

    [Fact]
    public async Task PayoutRunsStartedOnTwoNodesAtOncePayEachPartyOnce()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync("payout2");
        var settings = new Dictionary<string, string>
        {
            ["Market:Payouts:HoldDays"] = "0",
            ["Market:Cluster:ClusterId"] = "pay2-" + Guid.NewGuid().ToString("N")[..12],
        };
        var first = new MarketApp(database, settings);
        var second = new MarketApp(database, settings);
        try
        {
            await first.InitializeAsync();
            await second.InitializeAsync();
            var artists = await SellAndConnectAsync(first);
            using (var admin = first.WithKey(MarketApp.AdminKey)) (await admin.PostAsync("/api/v1/admin/holds/mature", null)).EnsureSuccessStatusCode();

            var answers = await Task.WhenAll(StartRunAsync(first), StartRunAsync(second));
            output.WriteLine(string.Join(", ", answers.Select(a => $"{(int)a.Status}: {PaidCount(a)} paid")));

            // One run pays; the other is refused while it runs, or finds nothing left to pay.
            answers.ShouldAllBe(a => a.Status == HttpStatusCode.OK || a.Status == HttpStatusCode.Conflict, string.Join("\n", answers.Select(a => a.Body)));
            var paid = answers.Where(a => a.Status == HttpStatusCode.OK).SelectMany(a => PaidParties(a.Body)).ToList();
            paid.Order().ShouldBe(artists.Order());
            var again = await StartRunAsync(second);
            again.Status.ShouldBe(HttpStatusCode.OK, again.Body);
            PaidParties(again.Body).ShouldBeEmpty();

            foreach (var node in new[] { first, second })
            {
                using var admin = node.WithKey(MarketApp.AdminKey);
                foreach (var artist in artists)
                {
                    var balance = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/accounts/{artist}/balance");
                    balance.GetProperty("paidMicros").GetInt64().ShouldBe(16_250_000, artist);
                    balance.GetProperty("availableMicros").GetInt64().ShouldBe(2_000, artist);
                }

                var check = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/ledger/check");
                check.GetProperty("ok").GetBoolean().ShouldBeTrue(check.ToString());
            }
        }
        finally
        {
            await second.DisposeAsync();
            await first.DisposeAsync();
        }
    }

    // Artists who each sold a $20.00 license and connected a (sandbox) payout account.
    private static async Task<List<string>> SellAndConnectAsync(MarketApp app)
    {
        var (_, buyerKey) = await app.CreateAccountAsync("buyer");
        using var buyer = app.WithKey(buyerKey);
        var artists = new List<string>();
        for (var i = 0; i < Artists; i++)
        {
            var (artist, key) = await app.CreateAccountAsync("artist");
            using var client = app.WithKey(key);
            var work = await MarketApp.CreateWorkAsync(client, WorkRequests.WithOffers(WorkRequests.Valid("Paid twice?"), ("personal", 2000)));
            await SandboxBuyer.BuyAsync(app, buyer, work, "personal");
            (await client.PostAsync($"/api/v1/accounts/{artist}/payout-account", null)).EnsureSuccessStatusCode();
            artists.Add(artist);
        }

        return artists;
    }

    private static async Task<(HttpStatusCode Status, string Body)> StartRunAsync(MarketApp node)
    {
        using var admin = node.WithKey(MarketApp.AdminKey);
        var response = await admin.PostAsJsonAsync("/api/v1/admin/payout-runs", new { });
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static int PaidCount((HttpStatusCode Status, string Body) answer) => answer.Status == HttpStatusCode.OK ? PaidParties(answer.Body).Count : 0;

    private static List<string> PaidParties(string run) =>
        JsonDocument.Parse(run).RootElement.GetProperty("lines").EnumerateArray()
            .Where(l => l.GetProperty("status").GetString() == "paid")
            .Select(l => l.GetProperty("partyId").GetString()!)
            .ToList();
}
