using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Market.Scheduling.Jobs;
using Market.Web.Tests.Scheduling;

namespace Market.Web.Tests.Payouts.StripeMode;

/// <summary>
/// Stripe answering 429 for one party's transfers, beyond Stripe.net's retries, holds up that party
/// alone: the run pays the others, the limited party waits with its reservation and a retry time that
/// grows with each limit, and the scheduler's resume job pays it once (same key) after the limit lifts,
/// or gives up after the last attempt and releases its earnings for a later run.
/// </summary>
public sealed class RateLimitsDelayOnlyTheLimitedParty(StripeModeApp fixture) : IClassFixture<StripeModeApp>
{
    // What each seller's $20 sale pays out in whole cents; the sub-cent rest stays available.
    private const long Paid = 16_250_000;

    [Fact]
    public async Task TheOthersArePaidInTheRunAndTheLimitedPartyIsPaidOnceAfterTheLimitLifts()
    {
        var (limited, others) = await SellersAsync();
        fixture.Stripe.RateLimitedAccount = StripeConnectFake.AccountOf(limited.Id);
        var runId = $"run_limited_{Guid.NewGuid():N}"[..30];

        var run = await RunAsync(runId);

        run.GetProperty("status").GetString().ShouldBe("waiting");
        others.ShouldAllBe(o => Status(run, o) == "paid");
        var waiting = Line(run, limited);
        waiting.GetProperty("status").GetString().ShouldBe("waiting");
        waiting.GetProperty("reason").GetString()!.ShouldContain("Rate-limited by Stripe (attempt 1 of 8)");
        waiting.GetProperty("retryAt").GetDateTimeOffset().ShouldBe(fixture.Clock.GetUtcNow().AddMinutes(1), TimeSpan.FromSeconds(5));
        fixture.Stripe.TransfersOf(runId).Select(t => (string?)t["metadata"]!["partyId"]).ShouldBe(others.Select(o => o.Id), ignoreOrder: true);
        (await fixture.BalanceAsync(limited)).GetProperty("inPayoutMicros").GetInt64().ShouldBe(Paid, "the reservation waits with the party");
        await fixture.LedgerIsCleanAsync();

        // Not due yet: the resume job leaves it. Due and still limited: the next wait is twice as long.
        (await ResumeAsync()).Message.ShouldBe("No payout run was due.");
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        (await ResumeAsync()).Message!.ShouldContain($"{runId} waiting");
        waiting = Line(await GetAsync(runId), limited);
        waiting.GetProperty("reason").GetString()!.ShouldContain("attempt 2 of 8");
        waiting.GetProperty("retryAt").GetDateTimeOffset().ShouldBe(fixture.Clock.GetUtcNow().AddMinutes(2), TimeSpan.FromSeconds(5));

        fixture.Stripe.RateLimitedAccount = null;
        fixture.Clock.Advance(TimeSpan.FromMinutes(2));
        (await ResumeAsync()).Message!.ShouldContain($"{runId} completed");

        var finished = await GetAsync(runId);
        finished.GetProperty("status").GetString().ShouldBe("completed");
        var paid = Line(finished, limited);
        paid.GetProperty("status").GetString().ShouldBe("paid");
        (paid.TryGetProperty("reason", out var reason) && reason.ValueKind != JsonValueKind.Null).ShouldBeFalse("a paid line keeps no rate-limit reason");
        var transfers = fixture.Stripe.TransfersOf(runId);
        transfers.Count.ShouldBe(3, "exactly one transfer per party");
        transfers.Select(t => (string?)t["metadata"]!["partyId"]).Distinct().Count().ShouldBe(3);
        paid.GetProperty("transferId").GetString().ShouldBe((string?)transfers.Single(t => (string?)t["metadata"]!["partyId"] == limited.Id)["id"]);
        var balance = await fixture.BalanceAsync(limited);
        (balance.GetProperty("paidMicros").GetInt64(), balance.GetProperty("inPayoutMicros").GetInt64()).ShouldBe((Paid, 0));
        await fixture.LedgerIsCleanAsync();
        (await ResumeAsync()).Message.ShouldBe("No payout run was due.", "a completed run is not resumed again");
    }

    [Fact]
    public async Task APartyStillLimitedAtTheLastAttemptIsFailedAndItsEarningsArePaidByALaterRun()
    {
        var (limited, _) = await SellersAsync();
        fixture.Stripe.RateLimitedAccount = StripeConnectFake.AccountOf(limited.Id);
        var runId = $"run_given_up_{Guid.NewGuid():N}"[..30];
        var limitsBefore = fixture.Stripe.RateLimitedTransfers;
        var run = await RunAsync(runId);

        // The default policy: 8 attempts, waiting 1, 2, 4, … minutes, at most an hour, between them.
        for (var attempt = 2; attempt <= 8; attempt++)
        {
            var retryAt = Line(run, limited).GetProperty("retryAt").GetDateTimeOffset();
            fixture.Clock.Advance(retryAt - fixture.Clock.GetUtcNow());
            await ResumeAsync();
            run = await GetAsync(runId);
        }

        run.GetProperty("status").GetString().ShouldBe("completed");
        var failed = Line(run, limited);
        failed.GetProperty("status").GetString().ShouldBe("failed");
        failed.GetProperty("reason").GetString()!.ShouldStartWith("Gave up after 8 rate-limited attempts");
        fixture.Stripe.RateLimitedTransfers.ShouldBe(limitsBefore + 8);
        fixture.Stripe.TransfersOf(runId).ShouldNotContain(t => (string?)t["metadata"]!["partyId"] == limited.Id);
        var released = await fixture.BalanceAsync(limited);
        released.GetProperty("inPayoutMicros").GetInt64().ShouldBe(0);
        released.GetProperty("availableMicros").GetInt64().ShouldBeGreaterThanOrEqualTo(Paid);
        await fixture.LedgerIsCleanAsync();

        fixture.Stripe.RateLimitedAccount = null;
        var later = $"run_after_limit_{Guid.NewGuid():N}"[..30];
        Status(await RunAsync(later), limited).ShouldBe("paid");
        fixture.Stripe.TransfersOf(later).Count(t => (string?)t["metadata"]!["partyId"] == limited.Id).ShouldBe(1);
        (await fixture.BalanceAsync(limited)).GetProperty("paidMicros").GetInt64().ShouldBe(Paid);
        await fixture.LedgerIsCleanAsync();
    }

    // Three sellers with a $20 sale each and a payout account; the second is the one Stripe will limit.
    private async Task<(Seller Limited, Seller[] Others)> SellersAsync()
    {
        var sellers = new List<Seller>();
        for (var i = 0; i < 3; i++)
        {
            var seller = await fixture.SoldArtistAsync(2000);
            await fixture.ConnectAsync(seller);
            sellers.Add(seller);
        }

        return (sellers[1], [sellers[0], sellers[2]]);
    }

    private Task<Market.Scheduling.History.JobRun> ResumeAsync() => ScheduledJobs.RunAsync(fixture.App, MarketJobs.ResumePayoutRuns);

    private async Task<JsonElement> RunAsync(string runId)
    {
        var response = await fixture.RunAsync(runId);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<JsonElement> GetAsync(string runId)
    {
        using var admin = fixture.App.WithKey(MarketApp.AdminKey);
        return await admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/payout-runs/{runId}");
    }

    private static string? Status(JsonElement run, Seller seller) => Line(run, seller).GetProperty("status").GetString();

    private static JsonElement Line(JsonElement run, Seller seller) =>
        run.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("partyId").GetString() == seller.Id);
}
