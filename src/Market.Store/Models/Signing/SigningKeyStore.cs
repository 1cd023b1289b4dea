using System.Security.Cryptography;
using JasperFx;
using Marten;
using Market.Store.Secrets;

namespace Market.Store.Models.Signing;

/// <summary>
/// The platform's signing keys in PostgreSQL, their private halves encrypted with the key-encryption
/// key. The first key is made on first use (two nodes racing: the first insert wins); rotation adds a
/// key and retires the others, which stay to verify what they signed.
/// </summary>
public sealed class SigningKeyStore(IDocumentStore store, KeyEncryptionKey kek, TimeProvider time) : ISecretsAtRest
{
    /// <summary>Every key, newest first; makes the first one when there is none.</summary>
    internal async Task<IReadOnlyList<SigningKey>> LoadOrCreateAsync(CancellationToken cancellationToken)
    {
        var keys = await LoadAsync(cancellationToken);
        if (keys.Count > 0)
        {
            return keys;
        }

        try
        {
            await using var session = store.LightweightSession();
            session.Insert(NewRecord(SigningKeyRecord.PlatformId, out _));
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (DocumentAlreadyExistsException)
        {
            // Another node made the key first: everyone signs with that one.
        }

        return await LoadAsync(cancellationToken);
    }

    /// <summary>Makes a new current key and retires the others; answers the new key's id.</summary>
    internal async Task<string> RotateAsync(CancellationToken cancellationToken)
    {
        await LoadOrCreateAsync(cancellationToken);
        await using var session = store.LightweightSession();
        var now = time.GetUtcNow();
        foreach (var current in await session.Query<SigningKeyRecord>().Where(r => r.RetiredAt == null).ToListAsync(cancellationToken))
        {
            current.RetiredAt = now;
            session.Update(current);
        }

        var record = NewRecord(null, out var key);
        session.Insert(record);
        await session.SaveChangesAsync(cancellationToken);
        return key.Public.KeyId;
    }

    /// <inheritdoc />
    public async Task SealAndCheckAsync(CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        var plain = await session.Query<SigningKeyRecord>().Where(r => r.Pkcs8Base64 != "").ToListAsync(cancellationToken);
        foreach (var record in plain)
        {
            record.SealedPkcs8 = kek.Seal(Convert.FromBase64String(record.Pkcs8Base64), record.Purpose);
            record.Pkcs8Base64 = "";
            session.Update(record);
        }

        await session.SaveChangesAsync(cancellationToken);
        await LoadAsync(cancellationToken);   // throws, naming the setting, when the key-encryption key is not the one they were stored under
    }

    private async Task<IReadOnlyList<SigningKey>> LoadAsync(CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var records = await session.Query<SigningKeyRecord>().ToListAsync(cancellationToken);
        return [.. records.Select(Open).OrderBy(k => k.RetiredAt is null ? 0 : 1).ThenByDescending(k => k.CreatedAt).ThenBy(k => k.Public.KeyId, StringComparer.Ordinal)];
    }

    // A key still in plain text (stored before encryption, not yet sealed by a start) is read as it is.
    private SigningKey Open(SigningKeyRecord record)
    {
        var pkcs8 = record.Pkcs8Base64 is { Length: > 0 } plain ? Convert.FromBase64String(plain) : kek.Open(record.SealedPkcs8, record.Purpose);
        return SigningKey.From(pkcs8, record.CreatedAt, record.RetiredAt);
    }

    private SigningKeyRecord NewRecord(string? id, out SigningKey key)
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var pkcs8 = ecdsa.ExportPkcs8PrivateKey();
        key = SigningKey.From(pkcs8, time.GetUtcNow(), null);
        var record = new SigningKeyRecord { Id = id ?? key.Public.KeyId, CreatedAt = key.CreatedAt };
        record.SealedPkcs8 = kek.Seal(pkcs8, record.Purpose);
        return record;
    }
}
