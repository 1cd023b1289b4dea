using JasperFx;
using Marten;

namespace Market.Store.Statements;

/// <summary>The recorded hashes of closed statements.</summary>
public sealed class ClosedStatements(IDocumentStore store)
{
    /// <summary>The record of a party's period, or null while it is open.</summary>
    public async Task<ClosedStatement?> GetAsync(string partyId, string period, CancellationToken cancellationToken = default)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<ClosedStatement>(ClosedStatement.IdOf(partyId, period), cancellationToken);
    }

    /// <summary>Every closed period of a party, the oldest month first.</summary>
    public async Task<IReadOnlyList<ClosedStatement>> OfPartyAsync(string partyId, CancellationToken cancellationToken = default)
    {
        await using var session = store.QuerySession();
        var records = await session.Query<ClosedStatement>().Where(c => c.PartyId == partyId).ToListAsync(cancellationToken);
        return [.. records.OrderBy(c => c.Period, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Records <paramref name="closed"/> unless a record exists; returns the one that holds. Insert-only,
    /// so two concurrent first requests cannot overwrite each other's record with different hashes.
    /// </summary>
    public async Task<ClosedStatement> RecordAsync(ClosedStatement closed, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var session = store.LightweightSession();
            session.Insert(closed);
            await session.SaveChangesAsync(cancellationToken);
            return closed;
        }
        catch (DocumentAlreadyExistsException e)
        {
            return await GetAsync(closed.PartyId, closed.Period, cancellationToken) ?? throw new InvalidOperationException("A closed statement vanished.", e);
        }
    }
}
