using System.Net.Http.Json;
using System.Text.Json;

namespace Market.Web.Tests.Api.NamedRoles;

/// <summary>A work whose artist names a second account on its split sheet (60 % artist, 40 % co-owner), with a client for each.</summary>
public sealed record CoOwnedWork(string WorkId, string ArtistId, HttpClient Artist, string CoOwnerId, HttpClient CoOwner) : IDisposable
{
    /// <summary>Registers it through the API; the co-owner has not answered yet.</summary>
    public static async Task<CoOwnedWork> CreateAsync(MarketApp app, string title)
    {
        var (artistId, artistKey) = await app.CreateAccountAsync("artist");
        var (coOwnerId, coOwnerKey) = await app.CreateAccountAsync("artist");
        var artist = app.WithKey(artistKey);
        var body = WorkRequests.Valid(title);
        body["owners"] = new object[] { new { accountId = artistId, sharePpm = 600_000 }, new { accountId = coOwnerId, sharePpm = 400_000 } };
        var workId = await MarketApp.CreateWorkAsync(artist, body);
        return new CoOwnedWork(workId, artistId, artist, coOwnerId, app.WithKey(coOwnerKey));
    }

    /// <summary>The work's public view.</summary>
    public Task<JsonElement> ViewAsync() => Artist.GetFromJsonAsync<JsonElement>($"/api/v1/works/{WorkId}");

    /// <inheritdoc />
    public void Dispose()
    {
        Artist.Dispose();
        CoOwner.Dispose();
    }
}
