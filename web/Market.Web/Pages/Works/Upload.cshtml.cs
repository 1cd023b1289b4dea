using Market.Domain.Catalog;
using Market.Web.Identity;
using Market.Web.Works;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Market.Web.Pages.Works;

/// <summary>A signed-in artist uploads a work; errors come back beside the form.</summary>
[Authorize]
[RequestSizeLimit(64L << 20)]
public sealed class UploadModel(PartyProvisioner parties, WorkRegistration registration, IOptions<UploadOptions> uploads) : PageModel
{
    /// <summary>The form.</summary>
    [BindProperty]
    public UploadInput Input { get; set; } = new();

    /// <summary>Shows the empty form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Registers the work and goes to its page, or shows what is wrong.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var offers = PriceText.ToOffers(Input.Prices, (tier, message) => ModelState.AddModelError($"Input.Prices[{tier}]", message));

        var file = await ReadFileAsync(cancellationToken);
        if (!ModelState.IsValid) return Page();

        var tags = (Input.Tags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var consent = new Consent(Input.GenerativeTraining, Input.NonGenerativeTraining, Input.DataMining);
        var draft = new WorkDraft(Input.Title, Input.Description, Input.Kind, tags, offers, consent, [], []);
        var partyId = await parties.EnsurePartyAsync(User) ?? throw new InvalidOperationException("A signed-in user has no account.");
        var result = await registration.RegisterAsync(partyId, draft, file, cancellationToken);
        if (result.Work is { } work) return Redirect($"/Works/{work.Id}");

        foreach (var (field, messages) in result.Errors)
        {
            foreach (var message in messages) ModelState.AddModelError($"Input.{field}", message);
        }

        return Page();
    }

    private async Task<UploadedFile?> ReadFileAsync(CancellationToken cancellationToken)
    {
        if (Input.File is not { Length: > 0 } form)
        {
            ModelState.AddModelError("Input.File", "Choose the file to sell.");
            return null;
        }

        if (form.Length > uploads.Value.MaxFileBytes)
        {
            ModelState.AddModelError("Input.File", $"The file is {form.Length} bytes; the limit is {uploads.Value.MaxFileBytes}.");
            return null;
        }

        using var buffer = new MemoryStream();
        await form.CopyToAsync(buffer, cancellationToken);
        return new UploadedFile(Path.GetFileName(form.FileName), buffer.ToArray());
    }
}
