namespace Market.Store.Parties;

/// <summary>An API key's hash, pointing at the party it authenticates. The key itself is never stored.</summary>
public sealed class ApiKeyRecord
{
    /// <summary>SHA-256 of the key, lowercase hex: the document id, so lookup is one primary-key read.</summary>
    public string Id { get; set; } = "";

    /// <summary>The party the key acts for.</summary>
    public string PartyId { get; set; } = "";

    /// <summary>The roles the key carries.</summary>
    public List<string> Roles { get; set; } = [];

    /// <summary>When the key was issued.</summary>
    public DateTimeOffset IssuedAt { get; set; }

    /// <summary>When the key was revoked; revoked keys authenticate nobody.</summary>
    public DateTimeOffset? RevokedAt { get; set; }
}
