using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Market.Web.Tests.Payouts.StripeMode;

/// <summary>
/// A transfer is paid from the platform's available Stripe balance, which a sale reaches only once its
/// charge settles. A run that comes first defers the party with the reason, moves no money, gives the
/// reservation back, and a later run pays it.
/// </summary>
public sealed class UnsettledSalesDeferPayouts(StripeModeApp fixture) : IClassFixture<StripeModeApp>
{
    // What the run pays (whole cents); the sub-cent rest of the sale stays available.
    private const long Paid = 16_250_000;

    [Fact]
    public async Task APayoutTheAvailableBalanceDoesNotCoverIsDeferredWithoutATransferAndPaidOnceItSettles()
    {
        var (seller, earned) = await ConnectedSellerAsync();
        var settled = fixture.Stripe.AvailableMinor;
        fixture.Stripe.AvailableMinor = 0;   // the sale's charge is still pending at Stripe
        var early = $"run_unsettled_{Guid.NewGuid():N}"[..30];
        var transfersBefore = fixture.Stripe.Transfers.Count;

        var deferred = Line(await RunAsync(early), seller);

        deferred.GetProperty("status").GetString().ShouldBe("deferred");
        deferred.GetProperty("reason").GetString()!.ShouldContain("available Stripe balance (0 usd minor units) does not cover this payout (1625 usd minor units)");
        fixture.Stripe.Transfers.Count.ShouldBe(transfersBefore, "no transfer is even attempted");
        var balance = await fixture.BalanceAsync(seller);
        balance.GetProperty("availableMicros").GetInt64().ShouldBe(earned);
        balance.GetProperty("inPayoutMicros").GetInt64().ShouldBe(0);
        await fixture.LedgerIsCleanAsync();

        fixture.Stripe.AvailableMinor = settled;
        var later = $"run_settled_{Guid.NewGuid():N}"[..30];
        var paid = Line(await RunAsync(later), seller);

        paid.GetProperty("status").GetString().ShouldBe("paid");
        fixture.Stripe.TransfersOf(later).Count(t => (string?)t["metadata"]!["partyId"] == seller.Id).ShouldBe(1);
        (await fixture.BalanceAsync(seller)).GetProperty("paidMicros").GetInt64().ShouldBe(Paid);
        await fixture.LedgerIsCleanAsync();
    }

    [Fact]
    public async Task ABalanceThatShrinksBetweenTheCheckAndTheTransferDefersToo()
    {
        var (seller, earned) = await ConnectedSellerAsync();
        var settled = fixture.Stripe.AvailableMinor;
        fixture.Stripe.ReportedAvailableMinor = settled;   // the check sees enough ...
        fixture.Stripe.AvailableMinor = 0;                  // ... and Stripe refuses the transfer with balance_insufficient
        try
        {
            var line = Line(await RunAsync($"run_shrunk_{Guid.NewGuid():N}"[..30]), seller);

            line.GetProperty("status").GetString().ShouldBe("deferred");
            line.GetProperty("reason").GetString()!.ShouldStartWith("Deferred to a later run");
            (await fixture.BalanceAsync(seller)).GetProperty("availableMicros").GetInt64().ShouldBe(earned);
            await fixture.LedgerIsCleanAsync();
        }
        finally
        {
            (fixture.Stripe.ReportedAvailableMinor, fixture.Stripe.AvailableMinor) = (null, settled);
        }
    }

    private async Task<JsonElement> RunAsync(string runId)
    {
        var response = await fixture.RunAsync(runId);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    // A seller with one sale and a payout account, and what it has earned: pending until the run
    // matures it (no hold window here), then available.
    private async Task<(Seller Seller, long Earned)> ConnectedSellerAsync()
    {
        var seller = await fixture.SoldArtistAsync(2000);
        await fixture.ConnectAsync(seller);
        var balance = await fixture.BalanceAsync(seller);
        return (seller, balance.GetProperty("pendingMicros").GetInt64() + balance.GetProperty("availableMicros").GetInt64());
    }

    private static JsonElement Line(JsonElement run, Seller seller) =>
        run.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("partyId").GetString() == seller.Id);
}
