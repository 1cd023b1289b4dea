namespace Market.Web.Models;

/// <summary>
/// A read-model row per registered model version, so an operator's versions can be listed: model
/// grains are keyed by derived ids (<c>ModelIds.For</c>) and cannot be enumerated. The grain stays
/// the authority for terms and status; this only says which ids belong to whom.
/// </summary>
public sealed class ModelListing
{
    /// <summary>The model version id (the grain's key).</summary>
    public string Id { get; set; } = "";

    /// <summary>The operator's party id.</summary>
    public string OwnerId { get; set; } = "";

    /// <summary>The model name.</summary>
    public string Name { get; set; } = "";

    /// <summary>The version label.</summary>
    public string Version { get; set; } = "";

    /// <summary>When the version was registered.</summary>
    public DateTimeOffset RegisteredAt { get; set; }
}
