using System.Net.Http.Json;
using System.Text.Json;
using Marten;
using Market.Store.Catalog;
using Market.Web.Tests.Api.Models;
using Microsoft.Extensions.DependencyInjection;

namespace Market.Web.Tests.Api.Generations;

public sealed class CreateGenerationTests(MarketApp app) : IClassFixture<MarketApp>
{
    private readonly Training _training = Training.For(app);

    [Fact]
    public async Task AGeneratedPieceIsRegisteredWithPpmAttributionAndListedAsGenerated()
    {
        var (client, modelId, works) = await _training.SealedModelAsync(works: 3);
        var creatorId = await _training.ArtistIdAsync();

        var workId = await GenerationRequests.CreateAsync(client, GenerationRequests.Valid(modelId, creatorId,
            new { workId = works[0], score = 1 }, new { workId = works[1], score = 1 }, new { workId = works[2], score = 1 }));

        var grains = app.Services.GetRequiredService<IGrainFactory>();
        var work = await grains.GetGrain<Market.Contracts.Works.IWorkGrain>(workId).Get();
        work!.ArtistId.ShouldBe(creatorId);
        work.Generation!.ModelId.ShouldBe(modelId);
        work.Generation.CreatorId.ShouldBe(creatorId);
        work.Generation.Attribution.Sum(a => a.WeightPpm).ShouldBe(1_000_000);
        work.Generation.Attribution.Select(a => a.WeightPpm).OrderBy(w => w).ShouldBe([333_333, 333_333, 333_334]);
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        (await session.LoadAsync<CatalogEntry>(workId)).ShouldBeNull("the operator named the creator, who has not accepted yet");
        var (creator, _) = await _training.ArtistAsync();
        (await creator.PostAsync($"/api/v1/works/{workId}/named-roles/accept", null)).EnsureSuccessStatusCode();
        var entry = await session.LoadAsync<CatalogEntry>(workId);
        entry!.IsGenerated.ShouldBeTrue();
        entry.ModelId.ShouldBe(modelId);
        entry.ContentHash.ShouldNotBeNull();
    }

    [Fact]
    public async Task APieceWithoutAttributionPaysItsPoolByInclusionWeight()
    {
        var (client, modelId, _) = await _training.SealedModelAsync(works: 1);
        var creatorId = await _training.ArtistIdAsync();
        var body = GenerationRequests.Valid(modelId, creatorId);
        body.Remove("attribution");
        body.Remove("file");

        var workId = await GenerationRequests.CreateAsync(client, body);

        var work = await app.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/works/{workId}");
        work.GetProperty("artistId").GetString().ShouldBe(creatorId);
        var made = await app.Services.GetRequiredService<IGrainFactory>().GetGrain<Market.Contracts.Works.IWorkGrain>(workId).Get();
        made!.Generation!.Attribution.ShouldBeEmpty();
    }
}
