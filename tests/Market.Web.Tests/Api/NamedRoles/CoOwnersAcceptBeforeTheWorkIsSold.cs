using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Market.Web.Tests.Orders;
using static Market.Web.Tests.Api.NamedRoles.NamedPeople;

namespace Market.Web.Tests.Api.NamedRoles;

public sealed class CoOwnersAcceptBeforeTheWorkIsSold(MarketApp app) : IClassFixture<MarketApp>
{
    [Fact]
    public async Task AnUnacceptedCoOwnerKeepsTheWorkOffSaleAndOnceTheyAcceptTheSplitPaysThem()
    {
        using var work = await CoOwnedWork.CreateAsync(app, "Shared Shoreline");
        var (_, buyerKey) = await app.CreateAccountAsync("buyer");
        using var buyer = app.WithKey(buyerKey);

        var view = await work.ViewAsync();
        view.GetProperty("forSale").GetBoolean().ShouldBeFalse();
        view.GetProperty("namedRoles").GetProperty("status").GetString().ShouldBe("pending");
        view.GetProperty("namedRoles").GetProperty("pending").EnumerateArray().Select(p => p.GetString()).ShouldBe([work.CoOwnerId]);
        (await CatalogIdsAsync(app, "Shared Shoreline")).ShouldNotContain(work.WorkId);
        await OrderIsRefusedAsync(buyer, work.WorkId, "Shared Shoreline");
        var requests = await work.CoOwner.GetFromJsonAsync<JsonElement>($"/api/v1/accounts/{work.CoOwnerId}/named-roles");
        var request = requests.GetProperty("requests").EnumerateArray().ShouldHaveSingleItem();
        (request.GetProperty("workId").GetString(), request.GetProperty("role").GetString(), request.GetProperty("answer").GetString(), request.GetProperty("namedBy").GetString())
            .ShouldBe((work.WorkId, "coOwner", "pending", work.ArtistId));
        var asked = await work.Artist.GetFromJsonAsync<JsonElement>($"/api/v1/accounts/{work.ArtistId}/named-roles");
        asked.GetProperty("named").EnumerateArray().ShouldHaveSingleItem().GetProperty("status").GetString().ShouldBe("pending");

        var accepted = await AnswerAsync(work.CoOwner, work.WorkId, accept: true);
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("forSale").GetBoolean().ShouldBeTrue();
        (await PendingMicrosAsync(work.CoOwner, work.CoOwnerId)).ShouldBe(0);

        // The answer is kept like the rest of the work: a restarted Market still sells it.
        await app.RestartAsync();
        using var buyerAfter = app.WithKey(buyerKey);
        (await CatalogIdsAsync(app, "Shared Shoreline")).ShouldContain(work.WorkId);
        await SandboxBuyer.BuyAsync(app, buyerAfter, work.WorkId, "personal");
        using var coOwner = app.WithKey(KeyOf(work.CoOwner));
        (await PendingMicrosAsync(coOwner, work.CoOwnerId)).ShouldBe(6_500_800);
        using var artist = app.WithKey(KeyOf(work.Artist));
        (await PendingMicrosAsync(artist, work.ArtistId)).ShouldBe(9_751_200);
    }

    [Fact]
    public async Task ADeclineKeepsTheWorkOffSaleForGoodAndTheArtistSeesWhoDeclined()
    {
        using var work = await CoOwnedWork.CreateAsync(app, "Declined Delta");
        var (_, buyerKey) = await app.CreateAccountAsync("buyer");
        using var buyer = app.WithKey(buyerKey);

        (await AnswerAsync(work.CoOwner, work.WorkId, accept: false)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var view = await work.ViewAsync();
        view.GetProperty("forSale").GetBoolean().ShouldBeFalse();
        view.GetProperty("namedRoles").GetProperty("status").GetString().ShouldBe("declined");
        view.GetProperty("namedRoles").GetProperty("declined").EnumerateArray().Select(p => p.GetString()).ShouldBe([work.CoOwnerId]);
        var asked = await work.Artist.GetFromJsonAsync<JsonElement>($"/api/v1/accounts/{work.ArtistId}/named-roles");
        asked.GetProperty("named").EnumerateArray().ShouldHaveSingleItem().GetProperty("status").GetString().ShouldBe("declined");
        await OrderIsRefusedAsync(buyer, work.WorkId, "Declined Delta");
        var flip = await AnswerAsync(work.CoOwner, work.WorkId, accept: true);
        flip.StatusCode.ShouldBe(HttpStatusCode.Conflict, await flip.Content.ReadAsStringAsync());
        (await work.ViewAsync()).GetProperty("forSale").GetBoolean().ShouldBeFalse();
        (await CatalogIdsAsync(app, "Declined Delta")).ShouldBeEmpty();
    }

    [Fact]
    public async Task NobodyAnswersForTheCoOwnerAndTheirRoleDoesNotActBeforeTheyAccept()
    {
        using var work = await CoOwnedWork.CreateAsync(app, "Guarded Garden");
        var (_, strangerKey) = await app.CreateAccountAsync("artist");
        using var stranger = app.WithKey(strangerKey);

        (await AnswerAsync(work.Artist, work.WorkId, accept: true)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await AnswerAsync(stranger, work.WorkId, accept: true)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await AnswerAsync(work.CoOwner, "w_nothing_here", accept: true)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"/api/v1/accounts/{work.CoOwnerId}/named-roles")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await work.CoOwner.PutAsJsonAsync($"/api/v1/works/{work.WorkId}/offers", new { offers = new[] { new { tier = "personal", priceMinor = 1 } } }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var derivative = WorkRequests.Valid("Guarded Garden, again");
        derivative["parents"] = new object[] { new { workId = work.WorkId, sharePpm = 100_000 } };
        var refused = await work.Artist.PostAsJsonAsync("/api/v1/works", derivative);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("parents[0].workId")[0].GetString()!.ShouldContain("not for sale");

        var view = await work.ViewAsync();
        view.GetProperty("forSale").GetBoolean().ShouldBeFalse();
        view.GetProperty("namedRoles").GetProperty("pending").EnumerateArray().Select(p => p.GetString()).ShouldBe([work.CoOwnerId]);
    }

    // After a restart the app listens on another port: a new client with the same key.
    private static string KeyOf(HttpClient client) => client.DefaultRequestHeaders.Authorization!.Parameter!;
}
