using Marten;
using Market.Store.Models.Signing;

namespace Market.Store.Licenses;

/// <summary>Issues, finds and verifies licenses. Issuing is idempotent by license id.</summary>
public sealed class LicenseRegistry(IDocumentStore store, PlatformSigner signer)
{
    /// <summary>Signs and stores the certificates that are not stored yet; returns every record.</summary>
    public async Task<IReadOnlyList<LicenseRecord>> IssueAsync(IReadOnlyList<LicenseCertificate> certificates, CancellationToken cancellationToken)
    {
        // A paid order's first webhook finds none of its licenses stored, so all are inserted at once
        // without reading first (one round trip fewer per order); a replay collides and is reconciled.
        var records = await SignAsync(certificates, cancellationToken);
        try
        {
            await using var session = store.LightweightSession();
            session.Insert(records.ToArray());
            await session.SaveChangesAsync(cancellationToken);
            return records;
        }
        catch (Exception exception) when (DatabaseErrors.IsAlreadyStored(exception))
        {
            return await IssueMissingAsync(certificates, cancellationToken);
        }
    }

    // Keeps the records already stored (their first signature stands) and stores the others.
    private async Task<IReadOnlyList<LicenseRecord>> IssueMissingAsync(IReadOnlyList<LicenseCertificate> certificates, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        var existing = (await session.LoadManyAsync<LicenseRecord>(cancellationToken, certificates.Select(c => c.LicenseId)))
            .ToDictionary(r => r.Id, StringComparer.Ordinal);
        var records = new List<LicenseRecord>();
        foreach (var certificate in certificates)
        {
            if (!existing.TryGetValue(certificate.LicenseId, out var record))
            {
                record = await SignAsync(certificate, cancellationToken);
                session.Insert(record);
            }

            records.Add(record);
        }

        await session.SaveChangesAsync(cancellationToken);
        return records;
    }

    /// <summary>
    /// Signs <paramref name="certificates"/> without storing them, for a caller that stores the records
    /// in its own unit of work (a paid order's fulfilment).
    /// </summary>
    public async Task<IReadOnlyList<LicenseRecord>> SignAsync(IReadOnlyList<LicenseCertificate> certificates, CancellationToken cancellationToken)
    {
        var records = new List<LicenseRecord>(certificates.Count);
        foreach (var certificate in certificates)
        {
            records.Add(await SignAsync(certificate, cancellationToken));
        }

        return records;
    }

    private async Task<LicenseRecord> SignAsync(LicenseCertificate certificate, CancellationToken cancellationToken) => new()
    {
        Id = certificate.LicenseId, LicenseeId = certificate.LicenseeId, WorkId = certificate.WorkId, Certificate = certificate,
        Signature = await signer.SignAsync(certificate.CanonicalJson(), cancellationToken),
    };

    /// <summary>The license with this id, or null.</summary>
    public async Task<LicenseRecord?> FindAsync(string licenseId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<LicenseRecord>(licenseId, cancellationToken);
    }

    /// <summary>Every license a party holds, newest first.</summary>
    public async Task<IReadOnlyList<LicenseRecord>> HeldByAsync(string partyId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        return await session.Query<LicenseRecord>().Where(r => r.LicenseeId == partyId).OrderByDescending(r => r.Id).ToListAsync(cancellationToken);
    }

    /// <summary>True when the party holds a license to the work.</summary>
    public async Task<bool> HoldsAsync(string partyId, string workId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        return await session.Query<LicenseRecord>().AnyAsync(r => r.LicenseeId == partyId && r.WorkId == workId, cancellationToken);
    }

    /// <summary>True when the party holds a license to the work at the given tier.</summary>
    public async Task<bool> HoldsAsync(string partyId, string workId, string tier, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        return await session.Query<LicenseRecord>().AnyAsync(r => r.LicenseeId == partyId && r.WorkId == workId && r.Certificate.Tier == tier, cancellationToken);
    }

    /// <summary>True when the signature matches the certificate as stated.</summary>
    public Task<bool> VerifyAsync(LicenseCertificate certificate, DetachedSignature signature, CancellationToken cancellationToken) =>
        signer.VerifyAsync(certificate.CanonicalJson(), signature, cancellationToken);
}
