namespace Market.Domain.Catalog;

/// <summary>An offer of a license tier at a price in minor units.</summary>
public sealed record Offer(string Tier, long PriceMinor);

/// <summary>A parent edge: this work derives from <paramref name="WorkId"/> and pays it <paramref name="SharePpm"/>.</summary>
public sealed record ParentShare(string WorkId, long SharePpm);

/// <summary>A collaborator on a split sheet.</summary>
public sealed record OwnerShare(string AccountId, long SharePpm);

/// <summary>What an artist submits to register a work, before any file handling.</summary>
public sealed record WorkDraft(
    string? Title,
    string? Description,
    string? Kind,
    IReadOnlyList<string>? Tags,
    IReadOnlyList<Offer>? Offers,
    Consent? Consent,
    IReadOnlyList<ParentShare>? Parents,
    IReadOnlyList<OwnerShare>? Owners);
