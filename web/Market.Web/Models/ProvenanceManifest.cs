using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Market.Store.Models.Signing;

namespace Market.Web.Models;

/// <summary>A contribution the piece is attributed to, with its weight in ppm.</summary>
public sealed record ManifestContribution(string WorkId, long WeightPpm);

/// <summary>
/// The provenance of a generated piece (DESIGN 2.5): the model version and its sealed training
/// set (by consent snapshot hash), the human creator, the attributed contributions, and the
/// content hash. <see cref="IssuedAt"/> is when the piece was registered, so the manifest of a
/// piece never changes.
/// </summary>
public sealed record ProvenanceManifest(
    string Format,
    string WorkId,
    string ModelId,
    string ModelName,
    string ModelVersion,
    string CreatorAccountId,
    IReadOnlyList<ManifestContribution> Contributions,
    string? ContentHash,
    string? ConsentSnapshotHash,
    DateTimeOffset IssuedAt)
{
    /// <summary>The format and version of this manifest.</summary>
    public const string CurrentFormat = "market.provenance.v1";

    /// <summary>
    /// How the signed bytes are made and checked: compact camelCase JSON in declaration order, nulls
    /// written, strings escaped only where JSON requires it (so a client re-serializing the parsed
    /// manifest the same way gets the same bytes); on reading, no unknown or missing fields, so a
    /// manifest with a field added or removed never verifies.
    /// </summary>
    public static JsonSerializerOptions Canonical { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };

    /// <summary>The bytes the platform signs.</summary>
    public byte[] ToSignedBytes() => JsonSerializer.SerializeToUtf8Bytes(this, Canonical);
}

/// <summary>A manifest with the platform's signature over <see cref="ProvenanceManifest.ToSignedBytes"/>.</summary>
public sealed record SignedManifest(ProvenanceManifest Manifest, DetachedSignature Signature);
