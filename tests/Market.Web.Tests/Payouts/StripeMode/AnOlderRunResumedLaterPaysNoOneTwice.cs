using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Market.Grains.Payouts;

namespace Market.Web.Tests.Payouts.StripeMode;

/// <summary>
/// Done-when 1 of issue 20: run A dies after its first reservation, run B then pays everyone, and A
/// is resumed. A's plan still names the second party, but its reservation re-checks what is available
/// now, finds B took it, and skips the party with a reason: one Stripe transfer per party in all.
/// </summary>
public sealed class AnOlderRunResumedLaterPaysNoOneTwice(StripeModeApp fixture) : IClassFixture<StripeModeApp>
{
    // $20.00 less Stripe's 88¢ and 15 % commission leaves 16,252,000 micros: 1,625¢ paid, 2,000 micros brought forward.
    private const long PaidMicros = 16_250_000;

    [Fact]
    public async Task RunACrashedAfterOneReservationThenRunBPaysAllThenAResumedMakesOneTransferPerParty()
    {
        Seller[] sellers = [await fixture.SoldArtistAsync(2000), await fixture.SoldArtistAsync(2000)];
        foreach (var seller in sellers) (await fixture.ConnectAsync(seller)).GetProperty("status").GetString().ShouldBe("enabled");
        var (runA, runB) = ("run_a_" + Guid.NewGuid().ToString("N"), "run_b_" + Guid.NewGuid().ToString("N"));

        fixture.Crash.Arm(PayoutStep.ReservePosted, nth: 1);
        (await fixture.RunAsync(runA)).StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        await fixture.App.RestartAsync();
        var b = await fixture.RunAsync(runB);
        b.StatusCode.ShouldBe(HttpStatusCode.OK, await b.Content.ReadAsStringAsync());
        var a = await fixture.RunAsync(runA);

        a.StatusCode.ShouldBe(HttpStatusCode.OK, await a.Content.ReadAsStringAsync());
        var resumed = await a.Content.ReadFromJsonAsync<JsonElement>();
        resumed.GetProperty("status").GetString().ShouldBe("completed");
        var transfers = fixture.Stripe.TransfersOf(runA).Concat(fixture.Stripe.TransfersOf(runB)).ToList();
        foreach (var seller in sellers)
        {
            transfers.Where(t => (string?)t["metadata"]!["partyId"] == seller.Id).ShouldHaveSingleItem();
            var balance = await fixture.BalanceAsync(seller);
            balance.GetProperty("paidMicros").GetInt64().ShouldBe(PaidMicros);
            balance.GetProperty("inPayoutMicros").GetInt64().ShouldBe(0);
            balance.GetProperty("availableMicros").GetInt64().ShouldBe(2_000);
        }

        var paidByB = fixture.Stripe.TransfersOf(runB).ShouldHaveSingleItem();
        var skipped = resumed.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("partyId").GetString() == (string?)paidByB["metadata"]!["partyId"]);
        skipped.GetProperty("status").GetString().ShouldBe("skipped");
        skipped.GetProperty("reason").GetString().ShouldNotBeNullOrEmpty();
        await fixture.LedgerIsCleanAsync();
    }
}
