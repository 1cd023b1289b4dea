using Market.Contracts.Models;
using Market.Contracts.Parties;
using Market.Contracts.Works;
using Market.Domain.Catalog;
using Market.Domain.Parties;
using Market.Store.Models;
using Market.Web.Models;
using Market.Web.Orders;
using Market.Web.Works;

namespace Market.Web.Demo;

/// <summary>
/// The rest of the demo (DESIGN 5): two models trained on the demo works that allow it, generated
/// pieces attributed to them, and a few sales. Every step goes through the same services as the
/// API, with fixed ids and idempotency keys, so running it again changes nothing.
/// </summary>
public sealed class DemoMarketplace(
    IGrainFactory grains, ModelRegistration models, ContributionImporter importer, GenerationRegistration generations)
{
    /// <summary>The demo buyer.</summary>
    public const string BuyerId = "p_demo_buyer";

    private static readonly (string OwnerId, string OwnerName, string Name, long PoolPpm)[] Models =
    [
        ("p_demo_aurora", "Aurora Labs", "Aurora", 300_000),
        ("p_demo_mosaic", "Mosaic Studio", "Mosaic", 250_000),
    ];

    /// <summary>Registers the models, their training sets and seals, and the generated pieces; returns the pieces' ids.</summary>
    public async Task<IReadOnlyList<string>> SeedModelsAsync(CancellationToken cancellationToken)
    {
        var training = DemoCatalog.Works.Where(w => w.Pattern % 3 == 0).Select(w => w.Id).ToList();
        var pieces = new List<string>();
        for (var m = 0; m < Models.Length; m++)
        {
            var (ownerId, ownerName, name, pool) = Models[m];
            await grains.GetGrain<IPartyGrain>(ownerId).Register(new RegisterParty(ownerName, $"{name.ToLowerInvariant()}@demo.market", [Roles.Operator], null, null));
            var terms = new ModelTerms(400_000, 600_000 - pool, pool, 0);
            var registered = await models.RegisterAsync(ownerId, new ModelDraft(name, "1.0", null, terms, 500_000));
            var model = registered.Model ?? throw new InvalidOperationException($"Demo model {name} was refused: {registered.Conflict}");
            if (!model.IsSealed)
            {
                var outcome = await importer.ImportAsync(model.Id, pool, Candidates(training, m), cancellationToken);
                await grains.GetGrain<IModelGrain>(model.Id).RecordImport(outcome.Accepted);
                model = (await grains.GetGrain<IModelGrain>(model.Id).Seal()).Model;
            }

            pieces.Add(await GenerateAsync(model, $"w_demo_gen_{m + 1}", m, training, cancellationToken));
        }

        return pieces;
    }

    /// <summary>Places and pays a few orders through the sandbox checkout and the webhook, as buyers would.</summary>
    public static async Task SeedSalesAsync(IGrainFactory grains, OrderPlacement placement, Market.Payments.Sandbox.ISandboxCheckout sandbox, Uri site, IReadOnlyList<string> pieces, CancellationToken cancellationToken)
    {
        await grains.GetGrain<IPartyGrain>(BuyerId).Register(new RegisterParty("Demo Buyer", "buyer@demo.market", [Roles.Buyer], null, null));
        string[][] baskets = [[pieces[0], "w_demo_02"], [pieces[1]], ["w_demo_05", "w_demo_11"]];
        for (var i = 0; i < baskets.Length; i++)
        {
            var items = baskets[i].Select(w => new OrderItem(w, "personal")).ToList();
            var placed = await placement.PlaceAsync(BuyerId, items, $"demo-sale-{i + 1}", site, cancellationToken);
            if (placed.Order?.CheckoutSessionId is { } session) await sandbox.PayAsync(session, cancellationToken);
        }
    }

    private async Task<string> GenerateAsync(ModelView model, string workId, int m, List<string> training, CancellationToken cancellationToken)
    {
        var creator = DemoCatalog.Artists[(m + 1) % DemoCatalog.Artists.Length].Id;
        if (await grains.GetGrain<IWorkGrain>(workId).Get() is not null) return await CreatorAcceptsAsync(workId, creator);
        var draft = new WorkDraft($"{model.Name} Dreams No. {m + 1}", $"Generated with {model.Name} 1.0, attributed to the demo works it learned from.",
            "image", ["generated", model.Name.ToLowerInvariant()], [new Offer(Tiers.All[0], 1500 + 500 * m), new Offer(Tiers.All[1], 4500)], Consent.None, [], []);
        var attribution = training.Select((w, i) => new AttributionEntry(w, (0.4m / (i + 1)).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var file = new UploadedFile($"{workId}.png", DemoPictures.Draw(20 + m));
        var result = await generations.RegisterAsync(model, new GenerationDraft(creator, draft, attribution, file), cancellationToken, workId);
        if (result.Work is null) throw new InvalidOperationException($"Demo piece {workId} was refused: {string.Join("; ", result.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))}");
        return await CreatorAcceptsAsync(workId, creator);
    }

    // The operator named another artist as the creator: the piece is for sale once they accept, as they would on their dashboard.
    // Run on every seeding, so a seed stopped between the two steps still ends with a sellable piece.
    private async Task<string> CreatorAcceptsAsync(string workId, string creator)
    {
        var work = grains.GetGrain<IWorkGrain>(workId);
        if (await work.Get() is { IsForSale: false }) await work.AnswerRole(creator, accept: true);
        return workId;
    }

    private static async IAsyncEnumerable<ContributionCandidate> Candidates(List<string> works, int model)
    {
        foreach (var (work, i) in works.Select((w, i) => (w, i)))
        {
            yield return new ContributionCandidate(work, 1 + (i + model) % 3);
        }

        await Task.CompletedTask;
    }
}
