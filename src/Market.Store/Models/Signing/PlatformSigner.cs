using System.Buffers.Text;

namespace Market.Store.Models.Signing;

/// <summary>
/// Signs and verifies with the platform's keys (ECDSA P-256, SHA-256: JOSE "ES256"). New signatures
/// use the current key; a signature names its key, so one made by a key since rotated still verifies.
/// </summary>
public sealed class PlatformSigner(SigningKeyStore keys, TimeProvider time)
{
    /// <summary>The JOSE name of the signature algorithm.</summary>
    public const string Algorithm = "ES256";

    // Another node's rotation reaches this one within this time; verifying an unknown key id reloads
    // sooner, but not more often than MinReload, so made-up key ids cannot hammer the database.
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MinReload = TimeSpan.FromSeconds(2);

    private (Task<IReadOnlyList<SigningKey>> Keys, DateTimeOffset LoadedAt)? _ring;

    /// <summary>Signs <paramref name="payload"/> with the current key.</summary>
    public async Task<DetachedSignature> SignAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        var key = (await RingAsync(MaxAge, cancellationToken))[0];
        return new DetachedSignature(Algorithm, key.Public.KeyId, Base64Url.EncodeToString(key.Sign(payload.Span)));
    }

    /// <summary>True when <paramref name="signature"/> is the signature of <paramref name="payload"/> by the platform key it names, current or retired.</summary>
    public async Task<bool> VerifyAsync(ReadOnlyMemory<byte> payload, DetachedSignature signature, CancellationToken cancellationToken)
    {
        if (signature.Algorithm != Algorithm || !Base64Url.IsValid(signature.Value))
        {
            return false;
        }

        var key = Find(await RingAsync(MaxAge, cancellationToken), signature.KeyId)
            ?? Find(await RingAsync(MinReload, cancellationToken), signature.KeyId);
        return key is not null && key.Verify(payload.Span, Base64Url.DecodeFromChars(signature.Value));
    }

    /// <summary>The current public key, for publishing.</summary>
    public async Task<PublicSigningKey> PublicKeyAsync(CancellationToken cancellationToken) => (await RingAsync(MaxAge, cancellationToken))[0].Public;

    /// <summary>Every key, current first, for publishing.</summary>
    public async Task<SigningKeySet> KeysAsync(CancellationToken cancellationToken)
    {
        var ring = await RingAsync(MaxAge, cancellationToken);
        var current = ring[0].Public;
        return new SigningKeySet(current.KeyId, current.Algorithm, current.PublicKeyPem, current.Jwk, [.. ring.Select(k => k.Published)]);
    }

    /// <summary>Makes a new current key; the old ones are retired and still verify. Answers the new key set.</summary>
    public async Task<SigningKeySet> RotateAsync(CancellationToken cancellationToken)
    {
        await keys.RotateAsync(cancellationToken);
        _ring = null;
        return await KeysAsync(cancellationToken);
    }

    private static SigningKey? Find(IReadOnlyList<SigningKey> ring, string keyId) => ring.FirstOrDefault(k => k.Public.KeyId == keyId);

    private Task<IReadOnlyList<SigningKey>> RingAsync(TimeSpan maxAge, CancellationToken cancellationToken)
    {
        // A failed load is retried by the next caller; callers racing here load the same stored keys.
        var ring = _ring;
        var now = time.GetUtcNow();
        if (ring is not { } loaded || loaded.Keys.IsFaulted || loaded.Keys.IsCanceled || now - loaded.LoadedAt >= maxAge)
        {
            loaded = (keys.LoadOrCreateAsync(CancellationToken.None), now);
            _ring = loaded;
        }

        return loaded.Keys.WaitAsync(cancellationToken);
    }
}
