using System.Security.Cryptography;
using System.Text;
using Market.Contracts.Parties;
using Market.Contracts.Works;
using Market.Domain.Catalog;
using Market.Domain.Parties;

namespace Market.Cluster.Tests.Catalog;

/// <summary>A registered work and the view its registration returned.</summary>
public sealed record RegisteredWork(IWorkGrain Grain, IPartyGrain Artist, WorkView View);

/// <summary>Artists and their works registered through the client, with ids no other test uses.</summary>
public static class SampleCatalog
{
    /// <summary>
    /// Registers <paramref name="artists"/> artists, then <paramref name="worksPerArtist"/> works each,
    /// all at once: every work's registration calls its artist's grain (Get, AddWork).
    /// </summary>
    public static async Task<IReadOnlyList<RegisteredWork>> RegisterAsync(IGrainFactory grains, int artists, int worksPerArtist)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var parties = Enumerable.Range(1, artists).Select(a => grains.GetGrain<IPartyGrain>($"artist-{run}-{a}")).ToList();
        await Task.WhenAll(parties.Select((party, a) => party.Register(Artist(a + 1))));

        var works = parties.SelectMany((party, a) => Enumerable.Range(1, worksPerArtist).Select(w =>
            RegisterWorkAsync(grains.GetGrain<IWorkGrain>($"work-{run}-{a + 1}-{w}"), party, $"Study {w} by artist {a + 1}")));
        return await Task.WhenAll(works);
    }

    private static async Task<RegisteredWork> RegisterWorkAsync(IWorkGrain work, IPartyGrain artist, string title) =>
        new(work, artist, await work.Register(Work(artist.GetPrimaryKeyString(), title)));

    private static RegisterParty Artist(int number) =>
        new($"Artist {number}", $"artist{number}@example.com", [Roles.Artist], ApiKeyHash: null, UserId: null);

    private static RegisterWork Work(string artistId, string title) => new(
        artistId,
        title,
        Description: $"{title}, in charcoal.",
        Kind: "illustration",
        Tags: ["charcoal", "study"],
        Offers: [new WorkOffer("personal", 1_500), new WorkOffer("standard", 9_900)],
        Consent: WorkConsent.From(Consent.None),
        Parents: [],
        Owners: [new WorkShare(artistId, 1_000_000)],   // as registration through the API sets it: the artist owns it all
        File: new WorkFile($"{title}.png", "image/png", 42_000, ContentHash(title), HasPreview: true));

    private static string ContentHash(string content) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}
