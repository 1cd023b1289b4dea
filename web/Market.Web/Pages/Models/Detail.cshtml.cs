using Marten;
using Market.Contracts.Models;
using Market.Contracts.Parties;
using Market.Store.Catalog;
using Market.Store.Models;
using Market.Web.Catalog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Market.Web.Pages.Models;

/// <summary>A model version's public page: output terms (who is paid from each sale), training set, its largest contributors and the pieces made with it.</summary>
public sealed class DetailModel(IGrainFactory grains, IQuerySession documents, TrainingSetQueries trainingSets) : PageModel
{
    /// <summary>How many contributors are named on the page; the count covers all of them.</summary>
    public const int ContributorsShown = 20;

    /// <summary>A contribution named on the page.</summary>
    public sealed record Contributor(string WorkId, string Title, string ArtistId, string ArtistName, long Weight);

    /// <summary>The model version.</summary>
    public ModelView ModelVersion { get; private set; } = null!;

    /// <summary>The owner's display name.</summary>
    public string OwnerName { get; private set; } = "";

    /// <summary>The heaviest contributions, heaviest first.</summary>
    public IReadOnlyList<Contributor> Contributors { get; private set; } = [];

    /// <summary>The sum of every contribution's inclusion weight.</summary>
    public long TotalWeight { get; private set; }

    /// <summary>The generated pieces on sale.</summary>
    public CatalogPage Pieces { get; private set; } = new([], 0, 1, CatalogQuery.MaxPageSize);

    /// <summary>Loads the model, or answers 404.</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await grains.GetGrain<IModelGrain>(id).Get() is not { } model) return NotFound();
        ModelVersion = model;
        OwnerName = (await grains.GetGrain<IPartyGrain>(model.OwnerId).Get())?.DisplayName ?? model.OwnerId;
        var (heaviest, totalWeight) = await trainingSets.HeaviestContributionsAsync(id, ContributorsShown, cancellationToken);
        TotalWeight = totalWeight;
        var entries = await documents.LoadManyAsync<CatalogEntry>(cancellationToken, heaviest.Select(c => c.WorkId).ToArray());
        var byId = entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        Contributors = [.. heaviest.Select(c => byId.TryGetValue(c.WorkId, out var e)
            ? new Contributor(c.WorkId, e.Title, e.ArtistId, e.ArtistName, c.Weight)
            : new Contributor(c.WorkId, c.WorkId, "", "", c.Weight))];
        Pieces = await CatalogSearch.RunAsync(documents, new CatalogQuery(ModelId: id, PageSize: CatalogQuery.MaxPageSize), cancellationToken);
        return Page();
    }
}
