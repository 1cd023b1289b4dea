namespace Market.Store.Models.Signing;

/// <summary>
/// The platform's signing key, one document shared by every node so signatures made anywhere
/// verify everywhere and survive restarts. The private key is PKCS#8 in base64; it is as safe as
/// the database (a deployment that wants more wraps it with a KMS before it is stored).
/// </summary>
public sealed class SigningKeyRecord
{
    /// <summary>The id of the one platform key.</summary>
    public const string PlatformId = "platform-es256";

    /// <summary>The document id.</summary>
    public string Id { get; set; } = PlatformId;

    /// <summary>The JOSE algorithm the key signs with.</summary>
    public string Algorithm { get; set; } = "ES256";

    /// <summary>The private key, PKCS#8 DER in base64.</summary>
    public string Pkcs8Base64 { get; set; } = "";

    /// <summary>When the key was made.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
