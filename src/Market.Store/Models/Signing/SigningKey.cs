using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Market.Store.Models.Signing;

/// <summary>A loaded platform key: private bytes for signing, public parameters and their published forms.</summary>
internal sealed record SigningKey(byte[] Pkcs8, ECParameters PublicParameters, PublicSigningKey Public, DateTimeOffset CreatedAt, DateTimeOffset? RetiredAt)
{
    // Importing the PKCS#8 key costs about as much as a signature, so imported keys are kept for the
    // process's life; ECDsa is not documented as safe for concurrent use, so each signature borrows one.
    private readonly ConcurrentBag<ECDsa> _signers = [];

    /// <summary>The key as <c>GET /api/v1/signing-key</c> lists it.</summary>
    public PublishedSigningKey Published => new(Public.KeyId, Public.Algorithm, Public.PublicKeyPem, Public.Jwk, CreatedAt, RetiredAt);

    /// <summary>The ES256 signature of <paramref name="payload"/> (IEEE P1363: r and s, 64 bytes).</summary>
    public byte[] Sign(ReadOnlySpan<byte> payload)
    {
        if (!_signers.TryTake(out var ecdsa))
        {
            ecdsa = ECDsa.Create();
            ecdsa.ImportPkcs8PrivateKey(Pkcs8, out _);
        }

        try
        {
            return ecdsa.SignData(payload, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        }
        finally
        {
            _signers.Add(ecdsa);
        }
    }

    /// <summary>True when <paramref name="signature"/> (r‖s) is this key's over <paramref name="payload"/>.</summary>
    public bool Verify(ReadOnlySpan<byte> payload, ReadOnlySpan<byte> signature)
    {
        using var ecdsa = ECDsa.Create(PublicParameters);
        return ecdsa.VerifyData(payload, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }

    /// <summary>The key whose private half is <paramref name="pkcs8"/>, with its id (RFC 7638 thumbprint) and published forms.</summary>
    public static SigningKey From(byte[] pkcs8, DateTimeOffset createdAt, DateTimeOffset? retiredAt)
    {
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportPkcs8PrivateKey(pkcs8, out _);
        var parameters = ecdsa.ExportParameters(includePrivateParameters: false);
        var (x, y) = (Base64Url.EncodeToString(parameters.Q.X), Base64Url.EncodeToString(parameters.Q.Y));

        // RFC 7638 thumbprint: the required members in lexicographic order, no whitespace.
        var thumbprint = SHA256.HashData(Encoding.UTF8.GetBytes($$"""{"crv":"P-256","kty":"EC","x":"{{x}}","y":"{{y}}"}"""));
        var keyId = Base64Url.EncodeToString(thumbprint);
        var jwk = new JsonWebKey("EC", "P-256", x, y, keyId, PlatformSigner.Algorithm, "sig");
        return new SigningKey(pkcs8, parameters, new PublicSigningKey(keyId, PlatformSigner.Algorithm, ecdsa.ExportSubjectPublicKeyInfoPem(), jwk), createdAt, retiredAt);
    }
}
