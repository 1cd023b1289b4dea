using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Market.Grains.Payouts;

namespace Market.Web.Tests.Payouts.StripeMode;

/// <summary>
/// Done-when 2 of the payouts issue: a run that dies at any step — the host stopped there, the grain's
/// pending write lost — and is resumed on a fresh host pays each party exactly once. Stripe is the
/// WireMock fake, which answers a repeated Idempotency-Key with the first transfer as Stripe does and
/// counts the transfers it really made.
/// </summary>
public sealed class ResumedRunsPayEachPartyOnce(StripeModeApp fixture) : IClassFixture<StripeModeApp>
{
    // $20.00 less Stripe's 88¢ and 15 % commission leaves 16,252,000 micros: 1,625¢ paid, 2,000 micros brought forward.
    private const long PaidMicros = 16_250_000;

    [Theory]
    [InlineData(PayoutStep.ReservePosted)]
    [InlineData(PayoutStep.BeforeTransfer)]
    [InlineData(PayoutStep.TransferMade)]
    [InlineData(PayoutStep.PaidPosted)]
    [InlineData(PayoutStep.LineRecorded)]
    public async Task ARunKilledAtAStepAndResumedOnAFreshHostPaysEachPartyOnce(PayoutStep step)
    {
        Seller[] sellers = [await fixture.SoldArtistAsync(2000), await fixture.SoldArtistAsync(2000)];
        foreach (var seller in sellers) (await fixture.ConnectAsync(seller)).GetProperty("status").GetString().ShouldBe("enabled");
        var runId = $"run_crash_{step}_{Guid.NewGuid():N}"[..40];
        var lookupsBefore = fixture.Stripe.TransferLookups;

        // The second party's payout dies at the step: the first is complete, the second half done.
        fixture.Crash.Arm(step, nth: 2);
        var crashed = await fixture.RunAsync(runId);
        crashed.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        await fixture.App.RestartAsync();
        var resumed = await fixture.RunAsync(runId);

        resumed.StatusCode.ShouldBe(HttpStatusCode.OK, await resumed.Content.ReadAsStringAsync());
        var run = await resumed.Content.ReadFromJsonAsync<JsonElement>();
        run.GetProperty("status").GetString().ShouldBe("completed");
        var transfers = fixture.Stripe.TransfersOf(runId);
        transfers.Count.ShouldBe(2);
        foreach (var seller in sellers)
        {
            var made = transfers.Where(t => (string?)t["metadata"]!["partyId"] == seller.Id).ShouldHaveSingleItem();
            ((long)made["amount"]!).ShouldBe(1625);
            ((string?)made["destination"]).ShouldBe(StripeConnectFake.AccountOf(seller.Id));
            var line = run.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("partyId").GetString() == seller.Id);
            line.GetProperty("status").GetString().ShouldBe("paid");
            line.GetProperty("transferId").GetString().ShouldBe((string?)made["id"]);
            var balance = await fixture.BalanceAsync(seller);
            balance.GetProperty("paidMicros").GetInt64().ShouldBe(PaidMicros);
            balance.GetProperty("inPayoutMicros").GetInt64().ShouldBe(0);
            balance.GetProperty("availableMicros").GetInt64().ShouldBe(2_000);
        }

        // Within Stripe's 24 h the key alone keeps a repeat from paying twice; nothing is looked up.
        fixture.Stripe.TransferLookups.ShouldBe(lookupsBefore);
        await fixture.LedgerIsCleanAsync();
    }
}
