using Market.Domain.Money;

namespace Market.Domain.Catalog;

/// <summary>
/// The checks a work must pass before anything is stored. Each error is keyed by the field's
/// path in the API's camelCase spelling, so clients and forms can show it beside the field.
/// </summary>
public static class WorkRules
{
    /// <summary>Longest title.</summary>
    public const int MaxTitle = 200;

    /// <summary>Longest description.</summary>
    public const int MaxDescription = 5_000;

    /// <summary>Most tags on one work.</summary>
    public const int MaxTags = 20;

    /// <summary>Highest price of one license, in minor units.</summary>
    public const long MaxPriceMinor = 100_000_000;

    /// <summary>Every problem with <paramref name="draft"/>, by field; empty when it is valid.</summary>
    public static Dictionary<string, string[]> Validate(WorkDraft draft)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(draft.Title)) errors.Add("title", "A title is required.");
        else if (draft.Title.Length > MaxTitle) errors.Add("title", $"The title is longer than {MaxTitle} characters.");
        if (draft.Description?.Length > MaxDescription) errors.Add("description", $"The description is longer than {MaxDescription} characters.");
        if (string.IsNullOrWhiteSpace(draft.Kind)) errors.Add("kind", $"A kind is required: one of {string.Join(", ", WorkKind.All)}.");
        else if (!WorkKind.IsKnown(draft.Kind)) errors.Add("kind", $"Unknown kind '{draft.Kind}': use one of {string.Join(", ", WorkKind.All)}.");
        ValidateTags(draft.Tags ?? [], errors);
        ValidateOffers(draft.Offers ?? [], errors);
        ValidateConsent(draft.Consent ?? Consent.None, errors);
        ValidateParents(draft.Parents ?? [], errors);
        ValidateOwners(draft.Owners ?? [], errors);
        return errors.ToDictionary();
    }

    private static void ValidateTags(IReadOnlyList<string> tags, ValidationErrors errors)
    {
        if (tags.Count > MaxTags) errors.Add("tags", $"At most {MaxTags} tags.");
        for (var i = 0; i < tags.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(tags[i]) || tags[i].Length > 40) errors.Add($"tags[{i}]", "A tag is 1 to 40 characters.");
        }
    }

    /// <summary>Every problem with a work's offers (at registration or when the artist changes them), keyed under <c>offers</c>; empty when valid.</summary>
    public static Dictionary<string, string[]> ValidateOffers(IReadOnlyList<Offer> offers)
    {
        var errors = new ValidationErrors();
        ValidateOffers(offers, errors);
        return errors.ToDictionary();
    }

    private static void ValidateOffers(IReadOnlyList<Offer> offers, ValidationErrors errors)
    {
        if (offers.Count == 0) errors.Add("offers", "At least one offer (tier and price) is required.");
        for (var i = 0; i < offers.Count; i++)
        {
            var offer = offers[i];
            if (!Tiers.IsKnown(offer.Tier)) errors.Add($"offers[{i}].tier", $"Unknown tier '{offer.Tier}': use one of {string.Join(", ", Tiers.All)}.");
            else if (offers.Take(i).Any(o => o.Tier == offer.Tier)) errors.Add($"offers[{i}].tier", $"Tier '{offer.Tier}' is offered twice.");
            if (offer.PriceMinor <= 0) errors.Add($"offers[{i}].priceMinor", "The price must be a positive amount in minor units.");
            else if (offer.PriceMinor > MaxPriceMinor) errors.Add($"offers[{i}].priceMinor", $"The price is above {MaxPriceMinor} minor units.");
        }
    }

    /// <summary>Every problem with a consent setting, keyed under <c>consent.</c>; empty when valid.</summary>
    public static Dictionary<string, string[]> ValidateConsent(Consent consent)
    {
        var errors = new ValidationErrors();
        ValidateConsent(consent, errors);
        return errors.ToDictionary();
    }

    private static void ValidateConsent(Consent consent, ValidationErrors errors)
    {
        (string Field, string Value)[] uses =
        [
            ("consent.generativeTraining", consent.GenerativeTraining),
            ("consent.nonGenerativeTraining", consent.NonGenerativeTraining),
            ("consent.dataMining", consent.DataMining),
        ];
        foreach (var (field, value) in uses)
        {
            if (!Consent.Values.Contains(value)) errors.Add(field, $"Unknown consent '{value}': use allowed, notAllowed or constrained.");
        }

        var constrained = uses.Any(u => u.Value == Consent.Constrained);
        if (constrained && consent.MinimumPoolPpm is not (> 0 and <= Ppm.Whole))
            errors.Add("consent.minimumPoolPpm", "A constrained use needs a minimum pool share between 1 and 1,000,000 ppm.");
    }

    private static void ValidateParents(IReadOnlyList<ParentShare> parents, ValidationErrors errors)
    {
        for (var i = 0; i < parents.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(parents[i].WorkId)) errors.Add($"parents[{i}].workId", "A parent work id is required.");
            else if (parents.Take(i).Any(p => p.WorkId == parents[i].WorkId)) errors.Add($"parents[{i}].workId", "The same parent is named twice.");
            if (parents[i].SharePpm is <= 0 or > Ppm.Whole) errors.Add($"parents[{i}].sharePpm", "A parent share is between 1 and 1,000,000 ppm.");
        }
    }

    private static void ValidateOwners(IReadOnlyList<OwnerShare> owners, ValidationErrors errors)
    {
        for (var i = 0; i < owners.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(owners[i].AccountId)) errors.Add($"owners[{i}].accountId", "An owner account id is required.");
            if (owners[i].SharePpm is <= 0 or > Ppm.Whole) errors.Add($"owners[{i}].sharePpm", "An owner share is between 1 and 1,000,000 ppm.");
        }

        if (owners.Count > 0 && owners.Sum(o => o.SharePpm) != Ppm.Whole)
            errors.Add("owners", "Owner shares must sum to exactly 1,000,000 ppm.");
    }
}
