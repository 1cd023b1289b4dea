using Market.Store.Models.Signing;

namespace Market.Web.Api.Generations;

/// <summary>
/// <c>GET /api/v1/signing-key</c>: the platform's current public key, as SPKI PEM and as a JWK, and in
/// <c>keys</c> every key it has signed with (retired ones too), to verify its signatures offline by key id.
/// </summary>
public static class GetSigningKey
{
    /// <summary>Handles the call.</summary>
    public static async Task<IResult> Handle(PlatformSigner signer, CancellationToken cancellationToken) =>
        Results.Ok(await signer.KeysAsync(cancellationToken));
}
