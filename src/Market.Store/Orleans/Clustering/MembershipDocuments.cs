using JasperFx;
using Marten;

namespace Market.Store.Orleans.Clustering;

/// <summary>Reads and compare-and-swaps the <see cref="MembershipDocument"/> of one cluster.</summary>
internal sealed class MembershipDocuments(IDocumentStore store)
{
    /// <summary>The cluster's document, or an empty one (version 0) if none was ever written.</summary>
    public async Task<MembershipDocument> ReadAsync(string clusterId, CancellationToken cancellationToken = default)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<MembershipDocument>(clusterId, cancellationToken)
            ?? new MembershipDocument { Id = clusterId };
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the current document and saves it only if nobody wrote in
    /// between. When somebody did, the change is judged again on the fresh document: a heartbeat that
    /// slipped in must not fail a correct update, while a real conflict makes <paramref name="change"/>
    /// return <c>false</c>, which is returned without writing.
    /// </summary>
    public async Task<bool> ChangeAsync(
        string clusterId, Func<MembershipDocument, bool> change, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            await using var session = store.LightweightSession();
            var document = await session.LoadAsync<MembershipDocument>(clusterId, cancellationToken);
            var isNew = document is null;
            document ??= new MembershipDocument { Id = clusterId };
            var revision = document.Version;
            if (!change(document))
            {
                return false;
            }

            if (isNew)
            {
                session.Insert(document);
            }
            else
            {
                session.UpdateRevision(document, revision + 1);
            }

            try
            {
                await session.SaveChangesAsync(cancellationToken);
                return true;
            }
            catch (Exception exception) when (exception is ConcurrencyException or DocumentAlreadyExistsException)
            {
                // Each lost race means another write succeeded, so this loop always makes progress.
            }
        }
    }
}
