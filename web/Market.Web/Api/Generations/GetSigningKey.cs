using Market.Store.Models.Signing;

namespace Market.Web.Api.Generations;

/// <summary><c>GET /api/v1/signing-key</c>: the platform's public key, as SPKI PEM and as a JWK, to verify its signatures offline.</summary>
public static class GetSigningKey
{
    /// <summary>Handles the call.</summary>
    public static async Task<IResult> Handle(PlatformSigner signer, CancellationToken cancellationToken) =>
        Results.Ok(await signer.PublicKeyAsync(cancellationToken));
}
