using System.Security.Claims;
using Market.Domain.Parties;
using Market.Store.Licenses;
using Market.Store.Models.Signing;
using Market.Web.Identity;
using Market.Web.Licenses;

namespace Market.Web.Api.Licenses;

/// <summary>License certificates: the licensee reads them; anyone verifies them.</summary>
public static class LicenseEndpoints
{
    /// <summary>A certificate with its signature and the exact bytes signed (base64url), so anyone can check it with the platform key.</summary>
    public sealed record SignedCertificate(LicenseCertificate Certificate, DetachedSignature Signature, string SignedPayload);

    /// <summary>The verify answer.</summary>
    public sealed record Verification(bool Valid, LicenseCertificate? License);

    /// <summary><c>GET /api/v1/licenses/{id}</c>, for the licensee.</summary>
    public static async Task<IResult> Get(string id, ClaimsPrincipal user, LicenseRegistry licenses, CancellationToken cancellationToken)
    {
        var record = await licenses.FindAsync(id, cancellationToken);
        if (record is null || (record.LicenseeId != user.FindFirstValue(ApiKeyAuthentication.PartyClaim) && !user.IsInRole(Roles.Admin)))
            return Problems.NotFound($"No license of yours has id '{id}'.");
        return Results.Ok(WithSignature(record));
    }

    /// <summary><c>GET /api/v1/licenses/{id}/verify</c>, for anyone: is the stored certificate still what the platform signed?</summary>
    public static async Task<IResult> Verify(string id, LicenseRegistry licenses, CancellationToken cancellationToken)
    {
        var record = await licenses.FindAsync(id, cancellationToken);
        if (record is null) return Results.Ok(new Verification(false, null));
        return Results.Ok(new Verification(await licenses.VerifyAsync(record.Certificate, record.Signature, cancellationToken), record.Certificate));
    }

    /// <summary><c>POST /api/v1/licenses/verify</c>: checks a certificate someone holds, as presented to them.</summary>
    public static async Task<IResult> VerifyPresented(HttpRequest http, LicenseRegistry licenses)
    {
        var (presented, problem) = await ApiBody.ReadAsync<SignedCertificate>(http);
        if (problem is not null) return problem;
        if (presented!.Certificate is null || presented.Signature is null) return Problems.Field("certificate", "A certificate and its signature are required.");
        var valid = await licenses.VerifyAsync(presented.Certificate, presented.Signature, http.HttpContext.RequestAborted);
        return Results.Ok(new Verification(valid, valid ? presented.Certificate : null));
    }

    /// <summary><c>GET /api/v1/licenses/{id}/pdf</c>, for the licensee.</summary>
    public static async Task<IResult> Pdf(string id, HttpContext http, LicenseRegistry licenses, PartyProvisioner parties, CancellationToken cancellationToken)
    {
        var user = http.User;
        var partyId = user.FindFirstValue(ApiKeyAuthentication.PartyClaim) ?? await parties.EnsurePartyAsync(user);
        var record = await licenses.FindAsync(id, cancellationToken);
        if (record is null || (record.LicenseeId != partyId && !user.IsInRole(Roles.Admin)))
            return Problems.NotFound($"No license of yours has id '{id}'.");
        return Results.File(CertificatePdf.Render(record), "application/pdf", $"{record.Id}.pdf");
    }

    /// <summary>The certificate as the API shows it.</summary>
    public static SignedCertificate WithSignature(LicenseRecord record) =>
        new(record.Certificate, record.Signature, Convert.ToBase64String(record.Certificate.CanonicalJson()).TrimEnd('=').Replace('+', '-').Replace('/', '_'));
}
