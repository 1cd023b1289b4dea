using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Market.Grains.Payouts;

namespace Market.Web.Tests.Payouts.StripeMode;

/// <summary>
/// Stripe forgets an idempotency key after 24 h, so a run resumed 25 h after its transfer step began
/// lists the run's transfers (transfer_group = run id, metadata partyId) before creating one.
/// </summary>
public sealed class TransfersPastTheKeyLifetimeAreLookedUp(StripeModeApp fixture) : IClassFixture<StripeModeApp>
{
    [Fact]
    public async Task ATransferMadeBeforeACrashIsFoundAfter25HoursInsteadOfMadeAgain()
    {
        var (runId, seller) = await CrashAsync(PayoutStep.TransferMade);
        fixture.Stripe.TransfersOf(runId).Count.ShouldBe(1);

        var run = await ResumeAfter25HoursAsync(runId);

        // Without the lookup the fake, like Stripe, would have made a second transfer under the forgotten key.
        var made = fixture.Stripe.TransfersOf(runId).ShouldHaveSingleItem();
        Line(run, seller).GetProperty("transferId").GetString().ShouldBe((string?)made["id"]);
        (await fixture.BalanceAsync(seller)).GetProperty("paidMicros").GetInt64().ShouldBe(16_250_000);
        await fixture.LedgerIsCleanAsync();
    }

    [Fact]
    public async Task ATransferNeverMadeIsCreatedAfter25HoursOnceTheLookupFindsNone()
    {
        var (runId, seller) = await CrashAsync(PayoutStep.BeforeTransfer);
        fixture.Stripe.TransfersOf(runId).ShouldBeEmpty();

        var run = await ResumeAfter25HoursAsync(runId);

        var made = fixture.Stripe.TransfersOf(runId).ShouldHaveSingleItem();
        Line(run, seller).GetProperty("transferId").GetString().ShouldBe((string?)made["id"]);
        await fixture.LedgerIsCleanAsync();
    }

    private async Task<(string RunId, Seller Seller)> CrashAsync(PayoutStep step)
    {
        var seller = await fixture.SoldArtistAsync(2000);
        await fixture.ConnectAsync(seller);
        var runId = $"run_late_{step}_{Guid.NewGuid():N}"[..40];
        fixture.Crash.Arm(step, nth: 1);
        (await fixture.RunAsync(runId)).StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        return (runId, seller);
    }

    private async Task<JsonElement> ResumeAfter25HoursAsync(string runId)
    {
        var lookups = fixture.Stripe.TransferLookups;
        await fixture.App.RestartAsync(() => fixture.Clock.Advance(TimeSpan.FromHours(25)));
        var resumed = await fixture.RunAsync(runId);
        resumed.StatusCode.ShouldBe(HttpStatusCode.OK, await resumed.Content.ReadAsStringAsync());
        fixture.Stripe.TransferLookups.ShouldBe(lookups + 1);
        return await resumed.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static JsonElement Line(JsonElement run, Seller seller) =>
        run.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("partyId").GetString() == seller.Id);
}
