using System.Net.Http.Json;
using System.Text.Json;
using Market.Scheduling.Jobs;
using Market.Web.Tests.Orders;

namespace Market.Web.Tests.Scheduling;

public sealed class SettlePoolsJobPaysTheFloorByInclusionWeight(MarketApp app) : IClassFixture<MarketApp>
{
    [Fact]
    public async Task TheWorkedExamplesFloorGoesToItsThreeContributionsOnceAndTheLedgerStaysClean()
    {
        var piece = await GeneratedPiece.CreateAsync(app);
        var (_, buyerKey) = await app.CreateAccountAsync("buyer");
        using (var buyer = app.WithKey(buyerKey)) await SandboxBuyer.BuyAsync(app, buyer, piece.WorkId, "personal");
        var attributed = new long[] { 1_218_900, 731_340, 487_560 };
        var contributors = piece.ContributorByWork.Values.ToList();
        for (var i = 0; i < 3; i++) (await PendingAsync(piece, contributors[i])).ShouldBe(attributed[i]);

        var settled = await ScheduledJobs.RunAsync(app, MarketJobs.SettlePools);
        var again = await ScheduledJobs.RunAsync(app, MarketJobs.SettlePools);

        settled.Succeeded.ShouldBe(true, settled.Message);
        settled.Message.ShouldBe("1 pools settled, 2437800 micros.");
        again.Message.ShouldBe("0 pools settled, 0 micros.");
        for (var i = 0; i < 3; i++) (await PendingAsync(piece, contributors[i])).ShouldBe(attributed[i] + 812_600);
        using var admin = app.WithKey(MarketApp.AdminKey);
        var check = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/ledger/check");
        check.GetProperty("ok").GetBoolean().ShouldBeTrue(check.ToString());
    }

    private static async Task<long> PendingAsync(GeneratedPiece piece, string partyId) =>
        (await piece.Clients[partyId].GetFromJsonAsync<JsonElement>($"/api/v1/accounts/{partyId}/balance")).GetProperty("pendingMicros").GetInt64();
}
