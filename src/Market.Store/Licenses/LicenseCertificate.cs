using System.Text.Json;

namespace Market.Store.Licenses;

/// <summary>
/// What a license certificate states (DESIGN 2.5). Its canonical JSON — these properties in this
/// order, camelCase — is exactly what the platform signs.
/// </summary>
public sealed record LicenseCertificate(
    string LicenseId,
    string OrderId,
    string LicenseeId,
    string LicenseeName,
    string WorkId,
    string WorkTitle,
    string? ContentHash,
    string Tier,
    string TermsVersion,
    long PriceMinor,
    string Currency,
    DateTimeOffset IssuedAt,
    string Provenance)
{
    /// <summary>The version of the license terms every certificate issued now refers to.</summary>
    public const string CurrentTermsVersion = "market-license-2026-11";

    private static readonly JsonSerializerOptions Canonical = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>The bytes that are signed.</summary>
    public byte[] CanonicalJson() => JsonSerializer.SerializeToUtf8Bytes(this, Canonical);
}
