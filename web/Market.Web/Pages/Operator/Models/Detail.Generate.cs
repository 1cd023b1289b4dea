using Market.Web.Models;
using Market.Web.Pages.Works;
using Market.Web.Works;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Market.Web.Pages.Operator.Models;

/// <summary>The generation form's handler.</summary>
public sealed partial class DetailModel
{
    /// <summary>Registers a piece made with this (sealed) version; the new work's page is linked on success.</summary>
    public async Task<IActionResult> OnPostGenerateAsync(string id, [FromServices] IOptions<UploadOptions> uploads, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (!Version.IsSealed)
        {
            ModelState.AddModelError("Generation", "Seal the training set before registering what this version makes.");
            return Page();
        }

        long? price = null;
        if (PriceText.TryParseMinor(Generation.Price ?? "", out var minor)) price = minor;
        else ModelState.AddModelError("Generation.Price", $"'{Generation.Price}' is not an amount like 12.00.");
        var (attribution, problems) = AttributionLines.Parse(Generation.Attribution);
        problems.ForEach(p => ModelState.AddModelError("Generation.Attribution", p));
        UploadedFile? file = null;
        if (Generation.File is { Length: > 0 } form)
        {
            if (form.Length > uploads.Value.MaxFileBytes) ModelState.AddModelError("Generation.File", $"The file is {form.Length} bytes; the limit is {uploads.Value.MaxFileBytes}.");
            else
            {
                using var buffer = new MemoryStream();
                await form.CopyToAsync(buffer, cancellationToken);
                file = new UploadedFile(Path.GetFileName(form.FileName), buffer.ToArray());
            }
        }

        if (!ModelState.IsValid) return Page();
        var draft = new GenerationDraft(Generation.CreatorAccountId, DraftOf(Generation, price), attribution, file);
        var result = await generations.RegisterAsync(Version, draft, cancellationToken);
        if (result.Work is { } work)
        {
            GeneratedWorkId = work.Id;
            ModelState.Clear();
            Generation = new GenerationInput { CreatorAccountId = Generation.CreatorAccountId };
            return Page();
        }

        foreach (var (field, messages) in result.Errors)
        {
            foreach (var message in messages) ModelState.AddModelError(FieldOf(field), field.StartsWith("attribution[", StringComparison.Ordinal) ? $"{field}: {message}" : message);
        }

        return Page();
    }
}
