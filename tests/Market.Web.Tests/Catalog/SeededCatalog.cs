using System.Net.Http.Json;

namespace Market.Web.Tests.Catalog;

/// <summary>
/// Market with a few hundred works registered through the API, and the same works kept here as a
/// plain list: the reference the search results are checked against.
/// </summary>
public sealed class SeededCatalog : IAsyncLifetime
{
    /// <summary>A registered work as the test knows it.</summary>
    public sealed record Known(string Id, string Title, string Description, string Kind, string[] Tags, string Artist, long PriceMinor);

    private static readonly string[] Kinds = ["image", "photo", "illustration", "audio", "video", "text"];
    private static readonly string[] Words = ["harbour", "meadow", "glacier", "lantern", "orchard", "canyon", "monsoon", "citadel"];

    /// <summary>The running app.</summary>
    public MarketApp App { get; } = new();

    /// <summary>Every work registered, in registration order.</summary>
    public List<Known> Works { get; } = [];

    /// <summary>Artist display names by party id.</summary>
    public Dictionary<string, string> Artists { get; } = [];

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        var artistNames = new[] { "Zephyrine Okafor", "Bartholomew Quist", "Ludmila Varga" };
        var keys = new List<(string Id, string Key)>();
        foreach (var name in artistNames)
        {
            using var anonymous = App.Anonymous();
            var created = await (await anonymous.PostAsJsonAsync("/api/v1/accounts", new { displayName = name, email = $"{name.Split(' ')[0].ToLowerInvariant()}@catalog.test", roles = new[] { "artist" } }))
                .Content.ReadFromJsonAsync<Dictionary<string, string>>();
            keys.Add((created!["id"], created["apiKey"]));
            Artists[created["id"]] = name;
        }

        // 300 works: the word in position i % 8 lands in a different field depending on i % 3,
        // so a search for it must look at titles, descriptions and tags alike.
        for (var i = 0; i < 300; i++)
        {
            var (artistId, key) = keys[i % keys.Count];
            var word = Words[i % Words.Length];
            var title = i % 3 == 0 ? $"Study {i} {word}" : $"Study {i}";
            var description = i % 3 == 1 ? $"A quiet {word} at dusk." : "A quiet scene at dusk.";
            string[] tags = i % 3 == 2 ? [word, "series"] : ["series"];
            var kind = Kinds[i % Kinds.Length];
            var price = 100 + (i * 37 % 50) * 100;
            using var client = App.WithKey(key);
            var id = await MarketApp.CreateWorkAsync(client, new { title, description, kind, tags, offers = new[] { new { tier = "personal", priceMinor = price } } });
            Works.Add(new Known(id, title, description, kind, tags, artistId, price));
        }
    }

    /// <inheritdoc />
    public Task DisposeAsync() => App.DisposeAsync();
}
