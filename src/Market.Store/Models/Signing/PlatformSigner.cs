using System.Buffers.Text;
using System.Security.Cryptography;
using JasperFx;
using Marten;

namespace Market.Store.Models.Signing;

/// <summary>
/// Signs and verifies with the platform key (ECDSA P-256, SHA-256: JOSE "ES256"). The key is made
/// on first use and stored in PostgreSQL; when two nodes race to make it, the first insert wins
/// and the other node loads that one. Provenance manifests use it now, license certificates later.
/// </summary>
public sealed class PlatformSigner(IDocumentStore store, TimeProvider time)
{
    /// <summary>The JOSE name of the signature algorithm.</summary>
    public const string Algorithm = "ES256";

    private Task<SigningKey>? _key;

    /// <summary>Signs <paramref name="payload"/>.</summary>
    public async Task<DetachedSignature> SignAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        var key = await KeyAsync(cancellationToken);
        return new DetachedSignature(Algorithm, key.Public.KeyId, Base64Url.EncodeToString(key.Sign(payload.Span)));
    }

    /// <summary>True when <paramref name="signature"/> is the platform key's signature of <paramref name="payload"/>.</summary>
    public async Task<bool> VerifyAsync(ReadOnlyMemory<byte> payload, DetachedSignature signature, CancellationToken cancellationToken)
    {
        var key = await KeyAsync(cancellationToken);
        if (signature.Algorithm != Algorithm || signature.KeyId != key.Public.KeyId || !Base64Url.IsValid(signature.Value))
        {
            return false;
        }

        using var ecdsa = ECDsa.Create(key.PublicParameters);
        return ecdsa.VerifyData(payload.Span, Base64Url.DecodeFromChars(signature.Value), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }

    /// <summary>The public key, for publishing.</summary>
    public async Task<PublicSigningKey> PublicKeyAsync(CancellationToken cancellationToken) => (await KeyAsync(cancellationToken)).Public;

    private Task<SigningKey> KeyAsync(CancellationToken cancellationToken)
    {
        // Loaded once per process; a failed load is retried by the next caller. Two callers racing
        // here both load (or create) the same stored key, so the race is harmless.
        var key = _key;
        if (key is null || key.IsFaulted || key.IsCanceled)
        {
            _key = key = LoadOrCreateAsync();
        }

        return key.WaitAsync(cancellationToken);
    }

    private async Task<SigningKey> LoadOrCreateAsync()
    {
        if (await LoadAsync() is { } stored)
        {
            return SigningKey.From(stored);
        }

        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var record = new SigningKeyRecord { Pkcs8Base64 = Convert.ToBase64String(ecdsa.ExportPkcs8PrivateKey()), CreatedAt = time.GetUtcNow() };
        try
        {
            await using var session = store.LightweightSession();
            session.Insert(record);
            await session.SaveChangesAsync();
            return SigningKey.From(record);
        }
        catch (DocumentAlreadyExistsException)
        {
            // Another node made the key first: everyone signs with that one.
            return SigningKey.From(await LoadAsync() ?? throw new InvalidOperationException("The platform signing key vanished."));
        }
    }

    private async Task<SigningKeyRecord?> LoadAsync()
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<SigningKeyRecord>(SigningKeyRecord.PlatformId);
    }
}
