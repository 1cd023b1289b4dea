using Market.Contracts.Models;
using Market.Contracts.Parties;
using Market.Contracts.Works;
using Market.Domain;
using Market.Domain.Catalog;
using Market.Domain.Parties;
using Market.Web.Works;

namespace Market.Web.Models;

/// <summary>What an operator submits to register a generated piece, past the model checks.</summary>
public sealed record GenerationDraft(string? CreatorAccountId, WorkDraft Work, IReadOnlyList<AttributionEntry> Attribution, UploadedFile? File);

/// <summary>
/// Registers a piece made with a sealed model version through the same path as every other work
/// (<see cref="WorkRegistration"/>): its creator is the work's artist, and the generation (model,
/// creator, attribution weights) rides along, so it is listed in the catalog as generated.
/// </summary>
public sealed class GenerationRegistration(IGrainFactory grains, WorkRegistration works, AttributionWeighing attribution)
{
    /// <summary>
    /// Validates <paramref name="draft"/> against <paramref name="model"/> (sealed, checked by the caller) and registers it;
    /// a fixed <paramref name="workId"/> makes a retry idempotent; <paramref name="claimBeforeWriting"/> is
    /// <see cref="WorkRegistration.RegisterAsync"/>'s.
    /// </summary>
    public async Task<WorkRegistrationResult> RegisterAsync(
        ModelView model, GenerationDraft draft, CancellationToken cancellationToken, string? workId = null, Func<Task<bool>>? claimBeforeWriting = null)
    {
        var errors = new ValidationErrors();
        var creatorId = draft.CreatorAccountId?.Trim();
        if (string.IsNullOrEmpty(creatorId)) errors.Add("creatorAccountId", "The creator's account id is required.");
        else if (await grains.GetGrain<IPartyGrain>(creatorId).Get() is not { } creator) errors.Add("creatorAccountId", $"No account has id '{creatorId}'.");
        else if (!creator.Roles.Contains(Roles.Artist)) errors.Add("creatorAccountId", $"Account '{creatorId}' is not an artist, so it cannot sell what it made.");
        var weights = await attribution.WeighAsync(model.Id, draft.Attribution, errors, cancellationToken);
        if (!errors.IsEmpty)
        {
            // Report the work's own field problems too, so one answer lists everything.
            var all = errors.ToDictionary();
            foreach (var (field, messages) in WorkRules.Validate(draft.Work)) all.TryAdd(field, messages);
            return new(null, all);
        }

        var generation = new WorkGeneration(model.Id, creatorId!, weights!);
        // The operator names the creator: unless they are the same account, the creator accepts before the piece is for sale.
        return await works.RegisterAsync(creatorId!, draft.Work, draft.File, cancellationToken, workId, generation, claimBeforeWriting, namedBy: model.OwnerId);
    }
}
