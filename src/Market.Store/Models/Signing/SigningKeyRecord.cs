namespace Market.Store.Models.Signing;

/// <summary>
/// One of the platform's signing keys, shared by every node so signatures made anywhere verify
/// everywhere and survive restarts. The private key is stored encrypted with the key-encryption key
/// (<see cref="Secrets.KeyEncryptionKey"/>); a rotated key is kept, retired, so what it signed still verifies.
/// </summary>
public sealed class SigningKeyRecord
{
    /// <summary>The document id of the first platform key (later keys use their key id).</summary>
    public const string PlatformId = "platform-es256";

    /// <summary>The document id.</summary>
    public string Id { get; set; } = PlatformId;

    /// <summary>The JOSE algorithm the key signs with.</summary>
    public string Algorithm { get; set; } = "ES256";

    /// <summary>The private key in plain text (PKCS#8 DER in base64), as stored before keys were encrypted; emptied at start.</summary>
    public string Pkcs8Base64 { get; set; } = "";

    /// <summary>The private key, PKCS#8 DER encrypted with the key-encryption key.</summary>
    public string SealedPkcs8 { get; set; } = "";

    /// <summary>When the key was made.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When a newer key replaced it for signing; null for the current key.</summary>
    public DateTimeOffset? RetiredAt { get; set; }

    /// <summary>What the encryption binds the private key to: this document.</summary>
    public string Purpose => $"signing key '{Id}'";
}
