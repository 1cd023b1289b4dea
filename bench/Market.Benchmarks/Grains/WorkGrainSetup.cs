using System.Globalization;
using Market.Contracts.Parties;
using Market.Contracts.Works;
using Market.Domain.Parties;

namespace Market.Benchmarks.Grains;

/// <summary>
/// Registers works through their grains, shaped like works registered through the API with a file:
/// two offers, three tags, consent, a stored file's description and the first consent change.
/// </summary>
public static class WorkGrainSetup
{
    /// <summary>Registers <paramref name="count"/> works, <paramref name="perArtist"/> per artist; their ids.</summary>
    public static async Task<string[]> RegisterAsync(IGrainFactory grains, int count, int perArtist, int parallelism)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var artists = Enumerable.Range(0, (count + perArtist - 1) / perArtist).Select(a => $"p_bench_{run}_{a:D5}").ToArray();
        await Parallel.ForEachAsync(artists, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (artist, _) =>
            await grains.GetGrain<IPartyGrain>(artist).Register(new RegisterParty($"Artist {artist[^5..]}", $"{artist}@bench.market", [Roles.Artist], null, null)));

        var works = Enumerable.Range(0, count).Select(i => $"w_bench_{run}_{i:D7}").ToArray();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (i, _) =>
            await grains.GetGrain<IWorkGrain>(works[i]).Register(Command(artists[i / perArtist], i)));
        return works;
    }

    private static RegisterWork Command(string artistId, int i) => new(
        artistId,
        $"Study no. {i.ToString(CultureInfo.InvariantCulture)}",
        "Late light over the dunes, long shadows across the ridges.",
        "photo",
        ["desert", "dunes", "landscape"],
        [new WorkOffer("personal", 2000), new WorkOffer("standard", 6000)],
        new WorkConsent("allowed", "notAllowed", "notAllowed", null),
        [],
        [],
        new WorkFile($"study-{i.ToString(CultureInfo.InvariantCulture)}.png", "image/png", 184_322, Convert.ToHexStringLower(BitConverter.GetBytes(i)).PadLeft(64, '0'), HasPreview: true));
}
