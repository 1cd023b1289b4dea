using System.Text.Json;
using Market.Contracts.Models;
using Market.Contracts.Works;
using Market.Store.Models.Signing;

namespace Market.Web.Models;

/// <summary>Issues and verifies the signed provenance manifests of generated works.</summary>
public sealed class ProvenanceManifests(IGrainFactory grains, PlatformSigner signer)
{
    /// <summary>The signed manifest of <paramref name="workId"/>, or null when it is not a generated work.</summary>
    public async Task<SignedManifest?> IssueAsync(string workId, CancellationToken cancellationToken)
    {
        var work = await grains.GetGrain<IWorkGrain>(workId).Get();
        if (work?.Generation is not { } generation)
        {
            return null;
        }

        var model = await grains.GetGrain<IModelGrain>(generation.ModelId).Get()
            ?? throw new InvalidOperationException($"Generated work '{workId}' names model version '{generation.ModelId}', which does not exist.");
        var manifest = new ProvenanceManifest(
            ProvenanceManifest.CurrentFormat, work.Id, model.Id, model.Name, model.Version, generation.CreatorId,
            [.. generation.Attribution.Select(a => new ManifestContribution(a.WorkId, a.WeightPpm))],
            work.File?.ContentHash, model.ConsentSnapshotHash, work.RegisteredAt);
        return new SignedManifest(manifest, await signer.SignAsync(manifest.ToSignedBytes(), cancellationToken));
    }

    /// <summary>Whether <paramref name="signature"/> is the platform's over <paramref name="manifest"/>, and if not, why.</summary>
    public async Task<(bool Valid, string? Reason)> VerifyAsync(JsonElement manifest, DetachedSignature signature, CancellationToken cancellationToken)
    {
        ProvenanceManifest? parsed;
        try
        {
            parsed = manifest.Deserialize<ProvenanceManifest>(ProvenanceManifest.Canonical);
        }
        catch (JsonException e)
        {
            return (false, $"This is not a Market provenance manifest: {e.Message.Split(". Path:")[0]}.");
        }

        if (parsed is null)
        {
            return (false, "The manifest is empty.");
        }

        return await signer.VerifyAsync(parsed.ToSignedBytes(), signature, cancellationToken)
            ? (true, null)
            : (false, "The signature does not match this manifest and the platform key.");
    }
}
