using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Market.Store.Models.Signing;

/// <summary>The loaded platform key: private bytes for signing, public parameters and their published forms.</summary>
internal sealed record SigningKey(byte[] Pkcs8, ECParameters PublicParameters, PublicSigningKey Public)
{
    // Importing the PKCS#8 key costs about as much as a signature, so imported keys are kept for the
    // process's life; ECDsa is not documented as safe for concurrent use, so each signature borrows one.
    private readonly ConcurrentBag<ECDsa> _signers = [];

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

    public static SigningKey From(SigningKeyRecord record)
    {
        var pkcs8 = Convert.FromBase64String(record.Pkcs8Base64);
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportPkcs8PrivateKey(pkcs8, out _);
        var parameters = ecdsa.ExportParameters(includePrivateParameters: false);
        var (x, y) = (Base64Url.EncodeToString(parameters.Q.X), Base64Url.EncodeToString(parameters.Q.Y));

        // RFC 7638 thumbprint: the required members in lexicographic order, no whitespace.
        var thumbprint = SHA256.HashData(Encoding.UTF8.GetBytes($$"""{"crv":"P-256","kty":"EC","x":"{{x}}","y":"{{y}}"}"""));
        var keyId = Base64Url.EncodeToString(thumbprint);
        var jwk = new JsonWebKey("EC", "P-256", x, y, keyId, PlatformSigner.Algorithm, "sig");
        return new SigningKey(pkcs8, parameters, new PublicSigningKey(keyId, PlatformSigner.Algorithm, ecdsa.ExportSubjectPublicKeyInfoPem(), jwk));
    }
}
