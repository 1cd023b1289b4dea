using Marten;
using Market.Contracts.Models;
using Market.Domain;
using Market.Domain.Money;
using Market.Domain.Royalties;

namespace Market.Web.Models;

/// <summary>What an operator submits to register a model version (DESIGN section 4).</summary>
public sealed record ModelDraft(string? Name, string? Version, string? BaseModelId, ModelTerms? Terms, long? InclusionFloorPpm);

/// <summary>The registered version, or the problems by field, or why it conflicts with an existing one.</summary>
public sealed record ModelRegistrationResult(ModelView? Model, Dictionary<string, string[]> Errors, string? Conflict = null);

/// <summary>
/// Registers model versions: every check first, keyed by the API's field names, then the grain,
/// which applies <see cref="ModelRules"/> once more as the authority.
/// </summary>
public sealed class ModelRegistration(IGrainFactory grains, RoyaltyPolicy policy, IDocumentStore documents)
{
    /// <summary>Longest model name.</summary>
    public const int MaxName = 200;

    /// <summary>Longest version label.</summary>
    public const int MaxVersion = 50;

    /// <summary>Validates <paramref name="draft"/> and registers it for <paramref name="ownerId"/>.</summary>
    public async Task<ModelRegistrationResult> RegisterAsync(string ownerId, ModelDraft draft)
    {
        var errors = new ValidationErrors();
        var (name, version, baseId) = (draft.Name?.Trim(), draft.Version?.Trim(), string.IsNullOrWhiteSpace(draft.BaseModelId) ? null : draft.BaseModelId.Trim());
        if (string.IsNullOrEmpty(name) || name.Length > MaxName) errors.Add("name", $"A name of 1 to {MaxName} characters is required.");
        if (string.IsNullOrEmpty(version) || version.Length > MaxVersion) errors.Add("version", $"A version label of 1 to {MaxVersion} characters is required.");
        var floor = draft.InclusionFloorPpm ?? RoyaltyPolicy.DefaultInclusionFloorPpm;
        if (!Ppm.IsShare(floor)) errors.Add("inclusionFloorPpm", "The inclusion floor is a share of the pool from 0 to 1,000,000 ppm.");
        var baseModel = baseId is null ? null : await grains.GetGrain<IModelGrain>(baseId).Get();
        if (baseId is not null && baseModel is null) errors.Add("baseModelId", $"No model version has id '{baseId}'.");
        else if (baseModel is { IsSealed: false }) errors.Add("baseModelId", $"Base model '{baseId}' is not sealed; a fine-tune may only build on a sealed version.");
        if (draft.Terms is null) errors.Add("terms", "Output terms are required: creatorPpm, ownerPpm, poolPpm and basePpm, summing to 1,000,000.");
        else CheckTerms(draft.Terms, baseId is not null, policy.FairPoolFloorPpm, errors);
        if (!errors.IsEmpty) return new(null, errors.ToDictionary());

        var command = new RegisterModel(ownerId, name!, version!, baseId, draft.Terms!, floor);
        var model = await grains.GetGrain<IModelGrain>(ModelIds.For(ownerId, name!, version!)).Register(command);
        if (!model.WasRegisteredBy(command))
            return new(null, [], $"Version '{version}' of '{name}' is already registered, with other terms; register a new version instead.");

        // After the grain: a retry lands on the same id, so storing the listing again is harmless.
        await using var session = documents.LightweightSession();
        session.Store(new ModelListing { Id = model.Id, OwnerId = ownerId, Name = model.Name, Version = model.Version, RegisteredAt = model.RegisteredAt });
        await session.SaveChangesAsync();
        return new(model, []);
    }

    private static void CheckTerms(ModelTerms terms, bool hasBase, long fairPoolFloorPpm, ValidationErrors errors)
    {
        try
        {
            ModelRules.EnsureTermsValid(terms.ToDomain(), hasBase, fairPoolFloorPpm);
        }
        catch (ArgumentException e)
        {
            // The domain names a single share by its property, cross-field rules by "terms" and their text.
            var field = e.ParamName is { Length: > 0 } p && p != "terms" ? "terms." + char.ToLowerInvariant(p[0]) + p[1..]
                : e.Message.StartsWith("poolPpm", StringComparison.Ordinal) ? "terms.poolPpm"
                : e.Message.StartsWith("basePpm", StringComparison.Ordinal) ? "terms.basePpm"
                : "terms";
            errors.Add(field, e.Message.Split('\n')[0].Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal));
        }
    }
}
