using Marten;
using Market.Contracts.Models;
using Market.Domain.Parties;
using Market.Web.Identity;
using Market.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Market.Web.Pages.Operator.Models;

/// <summary>The signed-in operator's model versions, and the form to register one.</summary>
[Authorize(Roles = Roles.Operator)]
public sealed class IndexModel(PartyProvisioner parties, IQuerySession documents, IGrainFactory grains, ModelRegistration registration) : PageModel
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["name"] = "Input.Name", ["version"] = "Input.Version", ["baseModelId"] = "Input.BaseModelId",
        ["inclusionFloorPpm"] = "Input.InclusionFloor", ["terms"] = "Input.Terms", ["terms.creatorPpm"] = "Input.Creator",
        ["terms.ownerPpm"] = "Input.Owner", ["terms.poolPpm"] = "Input.Pool", ["terms.basePpm"] = "Input.Base",
    };

    /// <summary>The operator's versions, newest first, as the grains hold them now.</summary>
    public IReadOnlyList<ModelView> Versions { get; private set; } = [];

    /// <summary>The register form.</summary>
    [BindProperty]
    public ModelInput Input { get; set; } = new();

    /// <summary>Shows the list and an empty form.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>Registers the version and opens it, or shows the problems beside the fields.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var ppm = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (field, text) in new[] { ("Creator", Input.Creator), ("Owner", Input.Owner), ("Pool", Input.Pool), ("Base", Input.Base), ("InclusionFloor", Input.InclusionFloor) })
        {
            if (PercentText.TryParsePpm(text ?? "0", out var value)) ppm[field] = value;
            else ModelState.AddModelError($"Input.{field}", $"'{text}' is not a percentage from 0 to 100 with at most four decimals.");
        }

        if (ModelState.IsValid)
        {
            var ownerId = await parties.EnsurePartyAsync(User) ?? throw new InvalidOperationException("A signed-in user has no account.");
            var terms = new ModelTerms(ppm["Creator"], ppm["Owner"], ppm["Pool"], ppm["Base"]);
            var result = await registration.RegisterAsync(ownerId, new ModelDraft(Input.Name, Input.Version, Input.BaseModelId, terms, ppm["InclusionFloor"]));
            if (result.Model is { } model) return Redirect($"/Operator/Models/{model.Id}");
            if (result.Conflict is { } conflict) ModelState.AddModelError("Input.Version", conflict);
            foreach (var (field, messages) in result.Errors)
            {
                foreach (var message in messages) ModelState.AddModelError(Fields.GetValueOrDefault(field, ""), message);
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var ownerId = await parties.EnsurePartyAsync(User);
        var listings = await documents.Query<ModelListing>().Where(m => m.OwnerId == ownerId).OrderByDescending(m => m.RegisteredAt).ToListAsync(cancellationToken);
        var views = await Task.WhenAll(listings.Select(m => grains.GetGrain<IModelGrain>(m.Id).Get()));
        Versions = [.. views.OfType<ModelView>()];
    }
}
