using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Market.Store.Models.Signing;

/// <summary>The loaded platform key: private bytes for signing, public parameters and their published forms.</summary>
internal sealed record SigningKey(byte[] Pkcs8, ECParameters PublicParameters, PublicSigningKey Public)
{
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
