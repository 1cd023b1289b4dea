using System.Net.Http.Json;
using System.Text.Json;
using Market.Domain.Parties;
using Market.Scheduling.Jobs;
using Market.Web.Tests.Api;
using Market.Web.Tests.Orders;

namespace Market.Web.Tests.Scheduling;

public sealed class HoldsMatureOnTimeAndThePayoutJobPaysThem(HoldClockApp fixture) : IClassFixture<HoldClockApp>
{
    private readonly MarketApp _app = fixture.App;

    [Fact]
    public async Task EarningsBecomeAvailableAtTheEndOfTheHoldNotATickBeforeAndTheNextPayoutRunPaysThem()
    {
        var (artist, client) = await SellAsync(2000);
        (await client.PostAsync($"/api/v1/accounts/{artist}/payout-account", null)).EnsureSuccessStatusCode();
        var until = HeldUntil(await BalanceAsync(client, artist));

        fixture.Clock.SetUtcNow(until - TimeSpan.FromTicks(1));
        (await ScheduledJobs.RunAsync(_app, MarketJobs.MatureHolds)).Succeeded.ShouldBe(true);
        var early = await BalanceAsync(client, artist);
        early.GetProperty("pendingMicros").GetInt64().ShouldBe(16_252_000);
        early.GetProperty("availableMicros").GetInt64().ShouldBe(0);

        fixture.Clock.SetUtcNow(until);
        (await ScheduledJobs.RunAsync(_app, MarketJobs.MatureHolds)).Succeeded.ShouldBe(true);
        var matured = await BalanceAsync(client, artist);
        matured.GetProperty("pendingMicros").GetInt64().ShouldBe(0);
        matured.GetProperty("availableMicros").GetInt64().ShouldBe(16_252_000);

        var payout = await ScheduledJobs.RunAsync(_app, MarketJobs.PayoutRun);
        payout.Succeeded.ShouldBe(true, payout.Message);
        var paid = await BalanceAsync(client, artist);
        paid.GetProperty("paidMicros").GetInt64().ShouldBe(16_250_000);
        paid.GetProperty("availableMicros").GetInt64().ShouldBe(2_000);
        var run = await RunAsync(PayoutRunJob.RunIdOf(payout.ScheduledFor));
        Line(run, artist).GetProperty("status").GetString().ShouldBe("paid");
    }

    [Fact]
    public async Task ABalanceBelowTheThresholdRollsOverSaysWhyAndIsPaidOnceItIsReached()
    {
        var (artist, client) = await SellAsync(100);
        (await client.PostAsync($"/api/v1/accounts/{artist}/payout-account", null)).EnsureSuccessStatusCode();
        await MatureAsync(client, artist);

        var skipped = await ScheduledJobs.RunAsync(_app, MarketJobs.PayoutRun);
        Line(await RunAsync(PayoutRunJob.RunIdOf(skipped.ScheduledFor)), artist).GetProperty("reason").GetString().ShouldBe("below threshold");
        var rolled = await BalanceAsync(client, artist);
        rolled.GetProperty("availableMicros").GetInt64().ShouldBe(569_500);
        rolled.GetProperty("paidMicros").GetInt64().ShouldBe(0);
        Reasons(rolled).ShouldBe(["below threshold"]);
        using (var dashboard = await PageSignIn.AsAsync(_app, Roles.Artist, artist))
        {
            (await dashboard.GetStringAsync("/Dashboard")).ShouldContain("$0.5695: below threshold");
        }

        await SellAsync(2000, artist, client);
        await MatureAsync(client, artist);
        var reached = await ScheduledJobs.RunAsync(_app, MarketJobs.PayoutRun);

        Line(await RunAsync(PayoutRunJob.RunIdOf(reached.ScheduledFor)), artist).GetProperty("amountMicros").GetInt64().ShouldBe(16_820_000);
        var balance = await BalanceAsync(client, artist);
        balance.GetProperty("paidMicros").GetInt64().ShouldBe(16_820_000);
        balance.GetProperty("availableMicros").GetInt64().ShouldBe(1_500);
    }

    // Moves the holds' clock to the latest hold's end and runs the maturing job.
    private async Task MatureAsync(HttpClient client, string artist)
    {
        var until = HeldUntil(await BalanceAsync(client, artist));
        if (until > fixture.Clock.GetUtcNow()) fixture.Clock.SetUtcNow(until);
        var job = await ScheduledJobs.RunAsync(_app, MarketJobs.MatureHolds);
        job.Succeeded.ShouldBe(true);
        var after = await BalanceAsync(client, artist);
        after.GetProperty("pendingMicros").GetInt64().ShouldBe(0, $"{job.Message} {after}");
    }

    private async Task<(string Artist, HttpClient Client)> SellAsync(long priceMinor, string? artist = null, HttpClient? client = null)
    {
        if (artist is null || client is null)
        {
            var (id, key) = await _app.CreateAccountAsync("artist");
            (artist, client) = (id, _app.WithKey(key));
        }

        var (_, buyerKey) = await _app.CreateAccountAsync("buyer");
        var work = await MarketApp.CreateWorkAsync(client, WorkRequests.WithOffers(WorkRequests.Valid("Held piece"), ("personal", priceMinor)));
        using var buyer = _app.WithKey(buyerKey);
        await SandboxBuyer.BuyAsync(_app, buyer, work, "personal");
        return (artist, client);
    }

    private async Task<JsonElement> RunAsync(string runId)
    {
        using var admin = _app.WithKey(MarketApp.AdminKey);
        return await admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/payout-runs/{runId}");
    }

    private static DateTimeOffset HeldUntil(JsonElement balance) => balance.GetProperty("holds").EnumerateArray()
        .Where(h => h.TryGetProperty("until", out var u) && u.ValueKind == JsonValueKind.String)
        .Max(h => h.GetProperty("until").GetDateTimeOffset());

    private static async Task<JsonElement> BalanceAsync(HttpClient client, string id) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/accounts/{id}/balance");

    private static JsonElement Line(JsonElement run, string partyId) =>
        run.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("partyId").GetString() == partyId);

    private static List<string> Reasons(JsonElement balance) =>
        [.. balance.GetProperty("holds").EnumerateArray().Select(h => h.GetProperty("reason").GetString()!)];
}
