namespace Market.Store.Secrets;

/// <summary>
/// Where the key-encryption key comes from (section <c>Market:Secrets</c>): the key that encrypts the
/// secrets Market keeps in PostgreSQL (the signing keys, the cookie key ring). It lives outside the
/// database, so a copy of the database alone does not give them away. Set exactly one of the two.
/// </summary>
public sealed class SecretsOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Market:Secrets";

    /// <summary>The key itself: 32 random bytes in base64.</summary>
    public string? KeyEncryptionKey { get; set; }

    /// <summary>A file holding the key as base64 text (what <c>infra/run.sh</c> generates), e.g. a mounted secret.</summary>
    public string? KeyEncryptionKeyFile { get; set; }
}
