using Market.Contracts.Parties;
using Market.Contracts.Works;
using Market.Domain.Catalog;
using Market.Domain.Parties;
using Market.Web.Works;
using Microsoft.Extensions.Options;

namespace Market.Web.Demo;

/// <summary>Seeds the demo catalog through the real registration path; skips what is already there.</summary>
public sealed class DemoSeeder(
    IOptions<DemoOptions> options, IGrainFactory grains, WorkRegistration registration, DemoMarketplace marketplace, ILogger<DemoSeeder> log) : IHostedService
{
    /// <summary>The generated demo pieces, once seeded; the demo sales buy them.</summary>
    public IReadOnlyList<string> GeneratedPieces { get; private set; } = [];

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Seed)
        {
            return;
        }

        foreach (var artist in DemoCatalog.Artists)
        {
            await grains.GetGrain<IPartyGrain>(artist.Id).Register(new RegisterParty(artist.Name, artist.Email, [Roles.Artist, Roles.Buyer], null, null));
        }

        var seeded = 0;
        foreach (var work in DemoCatalog.Works)
        {
            if (await grains.GetGrain<IWorkGrain>(work.Id).Get() is not null)
            {
                continue;
            }

            var draft = new WorkDraft(work.Title, work.Description, work.Kind, work.Tags,
                [new Offer(Tiers.All[0], work.PriceMinor), new Offer(Tiers.All[1], work.PriceMinor * 3), new Offer(Tiers.All[2], work.PriceMinor * 10)],
                new Consent(work.Pattern % 3 == 0 ? Consent.Allowed : Consent.NotAllowed), [], []);
            var file = new UploadedFile($"{work.Id}.png", DemoPictures.Draw(work.Pattern));
            var result = await registration.RegisterAsync(work.ArtistId, draft, file, cancellationToken, work.Id);
            if (result.Work is null)
            {
                throw new InvalidOperationException($"Demo work {work.Id} was refused: {string.Join("; ", result.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))}");
            }

            seeded++;
        }

        log.LogInformation("Demo catalog: {Seeded} works seeded, {Existing} already there", seeded, DemoCatalog.Works.Length - seeded);
        GeneratedPieces = await marketplace.SeedModelsAsync(cancellationToken);
        log.LogInformation("Demo models sealed and {Pieces} generated pieces registered", GeneratedPieces.Count);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
