using Market.Store.Models.Signing;

namespace Market.Web.Api.Admin;

/// <summary>
/// <c>POST /api/v1/admin/signing-key/rotate</c>: makes a new platform signing key for every new license
/// certificate and provenance manifest; the old keys are retired, still listed and still verify.
/// Answers the key set as <c>GET /api/v1/signing-key</c> does.
/// </summary>
public static class RotateSigningKey
{
    /// <summary>Handles the call.</summary>
    public static async Task<IResult> Handle(PlatformSigner signer, CancellationToken cancellationToken) =>
        Results.Ok(await signer.RotateAsync(cancellationToken));
}
