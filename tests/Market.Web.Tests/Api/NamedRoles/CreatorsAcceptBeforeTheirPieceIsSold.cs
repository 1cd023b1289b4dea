using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Market.Web.Tests.Api.Generations;
using Market.Web.Tests.Api.Models;
using Market.Web.Tests.Orders;
using static Market.Web.Tests.Api.NamedRoles.NamedPeople;

namespace Market.Web.Tests.Api.NamedRoles;

public sealed class CreatorsAcceptBeforeTheirPieceIsSold(MarketApp app) : IClassFixture<MarketApp>
{
    [Fact]
    public async Task AnUnacceptedCreatorEarnsNothingAndThePieceCannotBeBoughtUntilTheyAccept()
    {
        var piece = await GeneratedPiece.CreateAsync(app, acceptedByCreator: false);
        var creator = piece.Clients[piece.CreatorId];
        var (_, buyerKey) = await app.CreateAccountAsync("buyer");
        using var buyer = app.WithKey(buyerKey);
        var title = (await creator.GetFromJsonAsync<JsonElement>($"/api/v1/works/{piece.WorkId}")).GetProperty("title").GetString()!;

        await OrderIsRefusedAsync(buyer, piece.WorkId, title);
        (await app.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/catalog?modelId={piece.ModelId}")).GetProperty("total").GetInt64().ShouldBe(0);
        var requests = await creator.GetFromJsonAsync<JsonElement>($"/api/v1/accounts/{piece.CreatorId}/named-roles");
        var request = requests.GetProperty("requests").EnumerateArray().ShouldHaveSingleItem();
        (request.GetProperty("role").GetString(), request.GetProperty("namedBy").GetString()).ShouldBe(("creator", piece.OwnerId));
        var operatorView = await piece.Clients[piece.OwnerId].GetFromJsonAsync<JsonElement>($"/api/v1/accounts/{piece.OwnerId}/named-roles");
        operatorView.GetProperty("named").EnumerateArray().ShouldHaveSingleItem().GetProperty("named")[0].GetProperty("answer").GetString().ShouldBe("pending");
        (await AnswerAsync(piece.Clients[piece.OwnerId], piece.WorkId, accept: true)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await PendingMicrosAsync(creator, piece.CreatorId)).ShouldBe(0);

        (await AnswerAsync(creator, piece.WorkId, accept: true)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await SandboxBuyer.BuyAsync(app, buyer, piece.WorkId, "personal");

        (await PendingMicrosAsync(creator, piece.CreatorId)).ShouldBe(6_500_800);
        (await app.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/catalog?modelId={piece.ModelId}")).GetProperty("total").GetInt64().ShouldBe(1);
    }

    [Fact]
    public async Task ADeclinedPieceStaysOffSaleAndItsOperatorSeesTheDecline()
    {
        var piece = await GeneratedPiece.CreateAsync(app, acceptedByCreator: false);
        var (_, buyerKey) = await app.CreateAccountAsync("buyer");
        using var buyer = app.WithKey(buyerKey);

        (await AnswerAsync(piece.Clients[piece.CreatorId], piece.WorkId, accept: false)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var operatorView = await piece.Clients[piece.OwnerId].GetFromJsonAsync<JsonElement>($"/api/v1/accounts/{piece.OwnerId}/named-roles");
        operatorView.GetProperty("named").EnumerateArray().ShouldHaveSingleItem().GetProperty("status").GetString().ShouldBe("declined");
        (await TryOrderAsync(buyer, piece.WorkId)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task APieceWhoseOperatorIsItsCreatorNeedsNoAnswer()
    {
        var (operatorId, operatorKey) = await app.CreateAccountAsync("operator", "artist");
        using var operatorClient = app.WithKey(operatorKey);
        var training = await CreateTrainingWorkAsync();
        var modelId = await Training.CreateModelAsync(operatorClient, Training.ModelBody(poolPpm: 300_000));
        (await operatorClient.PostAsJsonAsync($"/api/v1/models/{modelId}/contributions", new[] { new { workId = training, weight = 1 } })).EnsureSuccessStatusCode();
        (await operatorClient.PostAsync($"/api/v1/models/{modelId}/seal", null)).EnsureSuccessStatusCode();

        var workId = await GenerationRequests.CreateAsync(
            operatorClient, GenerationRequests.Valid(modelId, operatorId, new { workId = training, score = 1 }));

        var view = await operatorClient.GetFromJsonAsync<JsonElement>($"/api/v1/works/{workId}");
        view.GetProperty("forSale").GetBoolean().ShouldBeTrue();
        view.TryGetProperty("namedRoles", out _).ShouldBeFalse();
        var (_, buyerKey) = await app.CreateAccountAsync("buyer");
        using var buyer = app.WithKey(buyerKey);
        (await TryOrderAsync(buyer, workId)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    private async Task<string> CreateTrainingWorkAsync()
    {
        var (_, artistKey) = await app.CreateAccountAsync("artist");
        using var artist = app.WithKey(artistKey);
        return await MarketApp.CreateWorkAsync(artist, WorkRequests.Valid("Consenting dunes"));
    }
}
