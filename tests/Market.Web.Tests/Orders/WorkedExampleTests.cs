using System.Net.Http.Json;
using System.Text.Json;

namespace Market.Web.Tests.Orders;

public sealed class WorkedExampleTests(MarketApp app) : IClassFixture<MarketApp>
{
    [Fact]
    public async Task TheDesignsWorkedExampleComesOutToTheMicroThroughThePreviewApi()
    {
        var piece = await GeneratedPiece.CreateAsync(app);

        var split = await app.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/works/{piece.WorkId}/royalty-split?priceMinor=2000");

        split.GetProperty("feeMinor").GetInt64().ShouldBe(88);
        split.GetProperty("netMicros").GetInt64().ShouldBe(19_120_000);
        split.GetProperty("platformMicros").GetInt64().ShouldBe(2_868_000);
        var lines = split.GetProperty("lines").EnumerateArray().ToList();
        Amount(lines, "creator", piece.CreatorId).ShouldBe(6_500_800);
        Amount(lines, "modelOwner", piece.OwnerId).ShouldBe(4_875_600);
        var floor = lines.Single(l => l.GetProperty("role").GetString() == "poolFloor");
        floor.GetProperty("amountMicros").GetInt64().ShouldBe(2_437_800);
        floor.GetProperty("modelId").GetString().ShouldBe(piece.ModelId);
        floor.TryGetProperty("partyId", out var noParty).ShouldBe(noParty.ValueKind == JsonValueKind.Null);
        var works = piece.ContributorByWork.Keys.ToList();
        Amount(lines, "contributor", piece.ContributorByWork[works[0]]).ShouldBe(1_218_900);
        Amount(lines, "contributor", piece.ContributorByWork[works[1]]).ShouldBe(731_340);
        Amount(lines, "contributor", piece.ContributorByWork[works[2]]).ShouldBe(487_560);
        (lines.Sum(l => l.GetProperty("amountMicros").GetInt64()) + 2_868_000).ShouldBe(19_120_000);
    }

    [Fact]
    public async Task BuyingTheGeneratedPieceCreditsEveryPartyItsPreviewedPartAndTheLedgerStaysClean()
    {
        var piece = await GeneratedPiece.CreateAsync(app);
        var (_, buyerKey) = await app.CreateAccountAsync("buyer");
        using var buyer = app.WithKey(buyerKey);
        var split = await buyer.GetFromJsonAsync<JsonElement>($"/api/v1/works/{piece.WorkId}/royalty-split?priceMinor=2000");

        var (orderId, checkoutUrl, _) = await SandboxBuyer.OrderAsync(buyer, (piece.WorkId, "personal"));
        await SandboxBuyer.PayAsync(app, checkoutUrl);

        (await buyer.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{orderId}")).GetProperty("status").GetString().ShouldBe("paid");
        var expected = split.GetProperty("lines").EnumerateArray()
            .Where(l => l.TryGetProperty("partyId", out var p) && p.ValueKind == JsonValueKind.String)
            .GroupBy(l => l.GetProperty("partyId").GetString()!)
            .ToDictionary(g => g.Key, g => g.Sum(l => l.GetProperty("amountMicros").GetInt64()));
        expected.Count.ShouldBe(5);
        foreach (var (partyId, micros) in expected)
        {
            var balance = await piece.Clients[partyId].GetFromJsonAsync<JsonElement>($"/api/v1/accounts/{partyId}/balance");
            balance.GetProperty("pendingMicros").GetInt64().ShouldBe(micros, partyId);
        }

        var check = await app.WithKey(MarketApp.AdminKey).GetFromJsonAsync<JsonElement>("/api/v1/admin/ledger/check");
        check.GetProperty("ok").GetBoolean().ShouldBeTrue(check.ToString());
    }

    [Fact]
    public async Task TheProvenanceViewShowsTheModelItsTermsAndTheAttributedContributions()
    {
        var piece = await GeneratedPiece.CreateAsync(app);

        var graph = await app.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/works/{piece.WorkId}/provenance");

        graph.GetProperty("works").GetArrayLength().ShouldBe(4);
        var model = graph.GetProperty("models").EnumerateArray().ShouldHaveSingleItem();
        model.GetProperty("id").GetString().ShouldBe(piece.ModelId);
        model.GetProperty("terms").GetProperty("poolPpm").GetInt64().ShouldBe(300_000);
        var edges = graph.GetProperty("edges").EnumerateArray().ToList();
        edges.ShouldContain(e => e.GetProperty("kind").GetString() == "madeWith" && e.GetProperty("to").GetString() == piece.ModelId);
        edges.Where(e => e.GetProperty("kind").GetString() == "attributes").Select(e => e.GetProperty("weightPpm").GetInt64())
            .ShouldBe([500_000, 300_000, 200_000], ignoreOrder: true);
    }

    private static long Amount(List<JsonElement> lines, string role, string partyId) =>
        lines.Single(l => l.GetProperty("role").GetString() == role && l.TryGetProperty("partyId", out var p) && p.GetString() == partyId)
            .GetProperty("amountMicros").GetInt64();
}
