using System.Globalization;
using System.Text.Json;
using Market.Benchmarks.Api;

namespace Market.Benchmarks.Orders;

/// <summary>
/// The piece the orders benchmark sells, built through the API as an operator would: a model version
/// trained on works of <c>contributors</c> artists, sealed, and a generated piece attributed to all of
/// them. A sale pays every contributor (attribution), the creator, the model owner and the platform —
/// with 17 contributors, a 20-way split, plus the pool's floor account.
/// </summary>
public sealed record SplitPiece(string WorkId, string Tier, long PriceMinor, int Parties, int Lines)
{
    /// <summary>Builds it and reads back its split from the royalty-split preview.</summary>
    public static async Task<SplitPiece> CreateAsync(BenchApi api, int contributors)
    {
        var (_, owner) = await api.AccountAsync("operator");
        var (creatorId, _) = await api.AccountAsync("artist");
        var works = await Task.WhenAll(Enumerable.Range(0, contributors).Select(i => TrainingWorkAsync(api, i)));
        var modelId = await BenchCatalog.ModelAsync(owner, "Bench model");
        await BenchApi.PostAsync(owner, $"/api/v1/models/{modelId}/contributions", works.Select(w => new { workId = w, weight = 1 }).ToArray());
        await BenchApi.PostAsync(owner, $"/api/v1/models/{modelId}/seal", null);
        const long price = 2000;
        var piece = await BenchApi.PostAsync(owner, "/api/v1/generations", new
        {
            modelId,
            creatorAccountId = creatorId,
            title = "Bench piece",
            kind = "image",
            offers = new[] { new { tier = "personal", priceMinor = price } },
            // Unequal scores with several decimals, so the apportioning has remainders to place.
            attribution = works.Select((w, i) => new { workId = w, score = 0.0137m * (i + 1) }).ToArray(),
        });
        var workId = piece.GetProperty("workId").GetString()!;
        using var anonymous = api.Client();
        var split = await BenchApi.GetAsync(anonymous, $"/api/v1/works/{workId}/royalty-split?priceMinor={price.ToString(CultureInfo.InvariantCulture)}");
        var lines = split.GetProperty("lines").EnumerateArray().ToList();
        // The pool's floor line names no party (the API leaves partyId out); it is settled to all contributions later.
        var parties = lines.Select(l => l.TryGetProperty("partyId", out var party) && party.ValueKind == JsonValueKind.String ? party.GetString() : null)
            .OfType<string>().Distinct().Count();
        return new SplitPiece(workId, "personal", price, parties + 1, lines.Count + 1);   // + the platform's commission
    }

    // One artist, one work that allows generative training.
    private static async Task<string> TrainingWorkAsync(BenchApi api, int i)
    {
        var (_, artist) = await api.AccountAsync("artist");
        return await BenchCatalog.TrainingWorkAsync(artist, $"Training work {i + 1}");
    }
}
