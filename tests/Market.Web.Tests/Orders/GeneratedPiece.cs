using System.Net.Http.Json;
using Market.Web.Tests.Api;
using Market.Web.Tests.Api.Generations;
using Market.Web.Tests.Api.Models;

namespace Market.Web.Tests.Orders;

/// <summary>
/// The DESIGN 2.2 worked example built through the API: a model with terms 40/30/30/0 and a 50 %
/// inclusion floor, three contributions by three artists, and a piece attributing them 0.5/0.3/0.2.
/// </summary>
public sealed record GeneratedPiece(string WorkId, string CreatorId, string OwnerId, string ModelId, IReadOnlyDictionary<string, string> ContributorByWork, IReadOnlyDictionary<string, HttpClient> Clients)
{
    /// <summary>
    /// Builds it; every party's client is kept so tests can read their balances. The operator names the creator,
    /// who accepts unless <paramref name="acceptedByCreator"/> is false (the piece is then not for sale).
    /// </summary>
    public static async Task<GeneratedPiece> CreateAsync(MarketApp app, long priceMinor = 2000, bool acceptedByCreator = true)
    {
        var clients = new Dictionary<string, HttpClient>();
        var (ownerId, ownerKey) = await app.CreateAccountAsync("operator");
        var (creatorId, creatorKey) = await app.CreateAccountAsync("artist");
        clients[ownerId] = app.WithKey(ownerKey);
        clients[creatorId] = app.WithKey(creatorKey);
        var contributorByWork = new Dictionary<string, string>();
        foreach (var _ in Enumerable.Range(0, 3))
        {
            var (artistId, artistKey) = await app.CreateAccountAsync("artist");
            clients[artistId] = app.WithKey(artistKey);
            var body = WorkRequests.Valid("Training work");
            body["consent"] = new { generativeTraining = "allowed", nonGenerativeTraining = "notAllowed", dataMining = "notAllowed" };
            contributorByWork[await MarketApp.CreateWorkAsync(clients[artistId], body)] = artistId;
        }

        var owner = clients[ownerId];
        var modelId = await Training.CreateModelAsync(owner, Training.ModelBody(poolPpm: 300_000));
        var works = contributorByWork.Keys.ToList();
        (await owner.PostAsJsonAsync($"/api/v1/models/{modelId}/contributions", works.Select(w => new { workId = w, weight = 1 }))).EnsureSuccessStatusCode();
        (await owner.PostAsync($"/api/v1/models/{modelId}/seal", null)).EnsureSuccessStatusCode();
        var piece = GenerationRequests.Valid(modelId, creatorId,
            new { workId = works[0], score = 0.5m }, new { workId = works[1], score = 0.3m }, new { workId = works[2], score = 0.2m });
        piece["offers"] = new object[] { new { tier = "personal", priceMinor } };
        var workId = await GenerationRequests.CreateAsync(owner, piece);
        if (acceptedByCreator)
            (await clients[creatorId].PostAsync($"/api/v1/works/{workId}/named-roles/accept", null)).EnsureSuccessStatusCode();
        return new GeneratedPiece(workId, creatorId, ownerId, modelId, contributorByWork, clients);
    }
}
