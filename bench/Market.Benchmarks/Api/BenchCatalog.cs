namespace Market.Benchmarks.Api;

/// <summary>The catalog pieces several benchmarks set up through the API: training works and models.</summary>
public static class BenchCatalog
{
    private static readonly string[] Tags = ["bench"];

    /// <summary>Registers a work of <paramref name="artist"/> that allows generative training; its id.</summary>
    public static async Task<string> TrainingWorkAsync(HttpClient artist, string title)
    {
        var work = await BenchApi.PostAsync(artist, "/api/v1/works", new
        {
            title,
            description = "A work whose artist allows generative training.",
            kind = "image",
            tags = Tags,
            offers = new[] { new { tier = "personal", priceMinor = 2000 } },
            consent = new { generativeTraining = "allowed", nonGenerativeTraining = "notAllowed", dataMining = "notAllowed" },
            parents = Array.Empty<object>(),
        });
        return work.GetProperty("id").GetString()!;
    }

    /// <summary>Opens a model version 1.0 owned by <paramref name="owner"/> (terms 40/30/30/0, floor 50 %); its id.</summary>
    public static async Task<string> ModelAsync(HttpClient owner, string name)
    {
        var model = await BenchApi.PostAsync(owner, "/api/v1/models", new
        {
            name,
            version = "1.0",
            terms = new { creatorPpm = 400_000, ownerPpm = 300_000, poolPpm = 300_000, basePpm = 0 },
            inclusionFloorPpm = 500_000,
        });
        return model.GetProperty("id").GetString()!;
    }
}
