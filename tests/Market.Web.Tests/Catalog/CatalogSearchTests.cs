using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Market.Web.Tests.Catalog;

public sealed class CatalogSearchTests(SeededCatalog catalog) : IClassFixture<SeededCatalog>
{
    [Theory]
    [InlineData("harbour")]
    [InlineData("glacier")]
    [InlineData("citadel")]
    public async Task AWordIsFoundInTitlesDescriptionsAndTagsAlike(string word)
    {
        var found = await AllIdsAsync($"q={word}");

        var expected = catalog.Works.Where(w => w.Title.Contains(word, StringComparison.Ordinal) || w.Description.Contains(word, StringComparison.Ordinal) || w.Tags.Contains(word)).Select(w => w.Id);
        found.ShouldBe(expected, ignoreOrder: true);
        catalog.Works.Where(w => found.Contains(w.Id)).Select(w => w.Title.Contains(word, StringComparison.Ordinal) ? 0 : w.Description.Contains(word, StringComparison.Ordinal) ? 1 : 2).Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public async Task AnArtistsNameFindsTheirWorks()
    {
        var (artistId, name) = catalog.Artists.First(a => a.Value.StartsWith("Zephyrine", StringComparison.Ordinal));

        var found = await AllIdsAsync("q=zephyrine");

        found.ShouldBe(catalog.Works.Where(w => w.Artist == artistId).Select(w => w.Id), ignoreOrder: true);
        name.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task FiltersCombineWithTheWords()
    {
        var found = await AllIdsAsync("q=meadow&kind=photo&minPriceMinor=1000&maxPriceMinor=3500&origin=original");

        var expected = catalog.Works.Where(w =>
            (w.Title.Contains("meadow", StringComparison.Ordinal) || w.Description.Contains("meadow", StringComparison.Ordinal) || w.Tags.Contains("meadow"))
            && w.Kind == "photo" && w.PriceMinor is >= 1000 and <= 3500).Select(w => w.Id).ToList();
        expected.ShouldNotBeEmpty();
        found.ShouldBe(expected, ignoreOrder: true);
    }

    [Fact]
    public async Task PagesCoverEveryMatchOnceInTheChosenOrder()
    {
        var artistId = catalog.Artists.Keys.First();
        var ids = new List<string>();
        var prices = new List<long>();
        for (var page = 1; ; page++)
        {
            var body = await GetAsync($"artistId={artistId}&sort=priceAsc&pageSize=30&page={page}");
            var items = body.GetProperty("items").EnumerateArray().ToList();
            if (items.Count == 0) break;
            ids.AddRange(items.Select(i => i.GetProperty("id").GetString()!));
            prices.AddRange(items.Select(i => i.GetProperty("fromPriceMinor").GetInt64()));
            body.GetProperty("total").GetInt64().ShouldBe(100);
        }

        ids.ShouldBe(catalog.Works.Where(w => w.Artist == artistId).Select(w => w.Id), ignoreOrder: true);
        ids.Distinct().Count().ShouldBe(ids.Count);
        prices.ShouldBeInOrder(SortDirection.Ascending);
    }

    [Theory]
    [InlineData("kind=hologram", "kind")]
    [InlineData("sort=random", "sort")]
    [InlineData("minPriceMinor=abc", "minPriceMinor")]
    [InlineData("minPriceMinor=500&maxPriceMinor=100", "minPriceMinor")]
    [InlineData("pageSize=1000", "pageSize")]
    [InlineData("origin=alien", "origin")]
    [InlineData("page=2147483647", "page")]
    [InlineData("page=99999999999", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("minPriceMinor=100000000000", "minPriceMinor")]
    [InlineData("maxPriceMinor=9223372036854775807", "maxPriceMinor")]
    [InlineData("pageSize=-9223372036854775808", "pageSize")]
    public async Task ABadParameterIsNamedInTheProblem(string query, string field)
    {
        using var client = catalog.App.Anonymous();
        var response = await client.GetAsync($"/api/v1/catalog?{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData("p=2147483647", "Pages run from 1 to")]
    [InlineData("p=99999999999", "Pages run from 1 to")]
    [InlineData("minPrice=99999999999", "above")]
    public async Task TheCatalogPageExplainsAnOutOfRangeParameter(string query, string explanation)
    {
        using var client = catalog.App.Anonymous();
        var response = await client.GetAsync($"/?{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain(explanation);
    }

    [Fact]
    public async Task TheCatalogPageShowsTheSameResultsAsTheApi()
    {
        using var client = catalog.App.Anonymous();
        var html = await client.GetStringAsync("/?q=orchard&kind=illustration");
        var expected = await AllIdsAsync("q=orchard&kind=illustration");

        expected.ShouldNotBeEmpty();
        foreach (var id in expected) html.ShouldContain($"/Works/{id}");
        html.ShouldContain($"{expected.Count} matching works");
    }

    private async Task<List<string>> AllIdsAsync(string query)
    {
        var body = await GetAsync(query + "&pageSize=100");
        body.GetProperty("total").GetInt64().ShouldBeLessThanOrEqualTo(100);
        return body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
    }

    private async Task<JsonElement> GetAsync(string query)
    {
        using var client = catalog.App.Anonymous();
        var response = await client.GetAsync($"/api/v1/catalog?{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
