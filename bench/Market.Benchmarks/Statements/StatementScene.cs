using Market.Benchmarks.Api;

namespace Market.Benchmarks.Statements;

/// <summary>
/// The catalog a big statement is drawn from, built through the API: one artist with
/// <c>works</c> works in a sealed model, and <c>pieces</c> generated pieces by another account,
/// each attributing <c>perPiece</c> of the artist's works (a sliding window over them). A sale of a
/// piece gives the artist one statement line per attributed work, each with its own route in words.
/// </summary>
public sealed record StatementScene(string ArtistId, string OwnerId, IReadOnlyList<string> Pieces)
{
    /// <summary>Builds it.</summary>
    public static async Task<StatementScene> CreateAsync(BenchApi api, int works, int pieces, int perPiece)
    {
        var (ownerId, owner) = await api.AccountAsync("operator");
        var (artistId, artist) = await api.AccountAsync("artist");
        var (creatorId, _) = await api.AccountAsync("artist");
        var ids = new List<string>();
        foreach (var chunk in Enumerable.Range(0, works).Chunk(8))
        {
            ids.AddRange(await Task.WhenAll(chunk.Select(i => BenchCatalog.TrainingWorkAsync(artist, $"Statement work {i + 1}"))));
        }

        var modelId = await BenchCatalog.ModelAsync(owner, "Statement model");
        await BenchApi.PostAsync(owner, $"/api/v1/models/{modelId}/contributions", ids.Select(w => new { workId = w, weight = 1 }).ToArray());
        await BenchApi.PostAsync(owner, $"/api/v1/models/{modelId}/seal", null);
        var made = new List<string>();
        for (var p = 0; p < pieces; p++)
        {
            var attributed = Enumerable.Range(0, perPiece).Select(i => ids[(p * 7 + i) % ids.Count]).Distinct().ToList();
            var piece = await BenchApi.PostAsync(owner, "/api/v1/generations", new
            {
                modelId,
                creatorAccountId = creatorId,
                title = $"Statement piece {p + 1}",
                kind = "image",
                offers = new[] { new { tier = "personal", priceMinor = 2000 } },
                attribution = attributed.Select((w, i) => new { workId = w, score = 0.0113m * (i + 1) }).ToArray(),
            });
            made.Add(piece.GetProperty("workId").GetString()!);
        }

        return new StatementScene(artistId, ownerId, made);
    }
}
