using Market.Store.Models.Signing;

namespace Market.Store.Licenses;

/// <summary>An issued license: the certificate and the platform's signature over its canonical JSON.</summary>
public sealed class LicenseRecord
{
    /// <summary>The license id.</summary>
    public string Id { get; set; } = "";

    /// <summary>The party that holds the license.</summary>
    public string LicenseeId { get; set; } = "";

    /// <summary>The licensed work.</summary>
    public string WorkId { get; set; } = "";

    /// <summary>What the license states.</summary>
    public LicenseCertificate Certificate { get; set; } = null!;

    /// <summary>The platform's signature of <see cref="LicenseCertificate.CanonicalJson"/>.</summary>
    public DetachedSignature Signature { get; set; } = null!;
}
