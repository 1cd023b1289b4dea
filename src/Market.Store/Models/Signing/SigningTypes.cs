namespace Market.Store.Models.Signing;

/// <summary>A signature kept beside what it signs: algorithm, which key, and the value (base64url, r‖s for ECDSA).</summary>
public sealed record DetachedSignature(string Algorithm, string KeyId, string Value);

/// <summary>The public half of a P-256 key as an RFC 7517 JSON Web Key.</summary>
public sealed record JsonWebKey(string Kty, string Crv, string X, string Y, string Kid, string Alg, string Use);

/// <summary>What anyone needs to verify the platform's signatures: the key as SPKI PEM and as a JWK.</summary>
public sealed record PublicSigningKey(string KeyId, string Algorithm, string PublicKeyPem, JsonWebKey Jwk);

/// <summary>One of the platform's keys as published, with its life: signing since <paramref name="CreatedAt"/>, until <paramref name="RetiredAt"/>.</summary>
public sealed record PublishedSigningKey(string KeyId, string Algorithm, string PublicKeyPem, JsonWebKey Jwk, DateTimeOffset CreatedAt, DateTimeOffset? RetiredAt);

/// <summary>
/// Every platform key: the current one's fields at the top (what <c>GET /api/v1/signing-key</c>
/// answered before keys rotated), and <paramref name="Keys"/>, newest first, retired ones included.
/// </summary>
public sealed record SigningKeySet(string KeyId, string Algorithm, string PublicKeyPem, JsonWebKey Jwk, IReadOnlyList<PublishedSigningKey> Keys);
