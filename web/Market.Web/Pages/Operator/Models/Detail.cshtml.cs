using System.Text.Json;
using Market.Contracts.Models;
using Market.Domain.Catalog;
using Market.Domain.Parties;
using Market.Store.Models;
using Market.Web.Api.Models;
using Market.Web.Identity;
using Market.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Market.Web.Pages.Operator.Models;

/// <summary>One of the operator's model versions: terms and status, training-set upload, seal, and generations.</summary>
[Authorize(Roles = Roles.Operator)]
[RequestSizeLimit(ImportContributions.MaxBodyBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportContributions.MaxBodyBytes)]
public sealed partial class DetailModel(PartyProvisioner parties, IGrainFactory grains, ContributionImporter importer, GenerationRegistration generations) : PageModel
{
    /// <summary>Rejections listed on the page; the rest are counted.</summary>
    public const int RejectionsShown = 100;

    /// <summary>The version.</summary>
    public ModelView Version { get; private set; } = null!;

    /// <summary>The verdicts of the upload just made, if any.</summary>
    public ImportOutcome? Import { get; private set; }

    /// <summary>What sealing dropped, after the seal just made.</summary>
    public IReadOnlyList<DroppedContribution>? Dropped { get; private set; }

    /// <summary>The work just registered from the generation form.</summary>
    public string? GeneratedWorkId { get; private set; }

    /// <summary>The training-set file.</summary>
    [BindProperty]
    public IFormFile? TrainingSet { get; set; }

    /// <summary>The generation form.</summary>
    [BindProperty]
    public GenerationInput Generation { get; set; } = new();

    /// <summary>Shows the version.</summary>
    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? Page() : NotFound();

    /// <summary>Imports the uploaded training set, streamed from the file through the API's parser.</summary>
    public async Task<IActionResult> OnPostImportAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (Version.IsSealed) ModelState.AddModelError(nameof(TrainingSet), "This version is sealed: its training set is frozen. Register a new version to train on more works.");
        else if (TrainingSet is not { Length: > 0 } file) ModelState.AddModelError(nameof(TrainingSet), "Choose a JSON or NDJSON file of {\"workId\", \"weight\"} entries.");
        else
        {
            await using var stream = file.OpenReadStream();
            var ndjson = ContributionUpload.IsNdjsonFile(file.FileName) || !StartsWithArray(stream);
            try
            {
                var outcome = await importer.ImportAsync(Version.Id, Version.Terms.PoolPpm, ContributionUpload.Read(stream, ndjson, cancellationToken), cancellationToken);
                if (outcome.Status == ImportStatus.Imported)
                {
                    Version = await grains.GetGrain<IModelGrain>(Version.Id).RecordImport(outcome.Accepted);
                    Import = outcome;
                }
                else
                {
                    ModelState.AddModelError(nameof(TrainingSet), outcome.Status == ImportStatus.ModelSealed
                        ? "This version was sealed meanwhile; nothing was imported."
                        : $"The file has more than {TrainingSetRules.MaxContributions:N0} entries; nothing was imported.");
                }
            }
            catch (JsonException e)
            {
                ModelState.AddModelError(nameof(TrainingSet), ContributionUpload.Describe(e, ndjson));
            }
        }

        return Page();
    }

    /// <summary>Seals the version and shows the consent snapshot hash and what was dropped.</summary>
    public async Task<IActionResult> OnPostSealAsync(string id)
    {
        if (!await LoadAsync(id)) return NotFound();
        var result = await grains.GetGrain<IModelGrain>(Version.Id).Seal();
        if (result.Problem is { } problem) ModelState.AddModelError("Seal", problem);
        Version = result.Model;
        Dropped = result.Dropped;
        return Page();
    }

    // A JSON array starts with '[' (after any byte order mark or blank); anything else is read as NDJSON.
    private static bool StartsWithArray(Stream stream)
    {
        var buffer = new byte[64];
        var read = stream.Read(buffer);
        stream.Position = 0;
        var first = buffer.AsSpan(0, read).TrimStart("\uFEFF"u8).TrimStart(" \t\r\n"u8);
        return first.Length > 0 && first[0] == (byte)'[';
    }

    private async Task<bool> LoadAsync(string id)
    {
        var ownerId = await parties.EnsurePartyAsync(User);
        if (await grains.GetGrain<IModelGrain>(id).Get() is not { } version || version.OwnerId != ownerId) return false;
        Version = version;
        Generation.CreatorAccountId ??= ownerId;
        return true;
    }

    private static string FieldOf(string apiField) => apiField switch
    {
        "creatorAccountId" => "Generation.CreatorAccountId",
        "title" => "Generation.Title",
        "kind" => "Generation.Kind",
        "file" or "file.name" => "Generation.File",
        _ when apiField.StartsWith("offers", StringComparison.Ordinal) => "Generation.Price",
        _ when apiField.StartsWith("attribution", StringComparison.Ordinal) => "Generation.Attribution",
        _ => "Generation",
    };

    private static WorkDraft DraftOf(GenerationInput input, long? priceMinor) =>
        new(input.Title, null, input.Kind, [], priceMinor is { } p ? [new Offer(input.Tier, p)] : [], null, [], null);
}
