using JasperFx;
using Marten;
using Npgsql;

namespace Market.Payments.Sandbox;

/// <summary>Reads and compare-and-swaps <see cref="SandboxSessionDocument"/>s.</summary>
internal sealed class SandboxSessions(IDocumentStore store)
{
    public async Task<SandboxSessionDocument?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<SandboxSessionDocument>(id, cancellationToken);
    }

    /// <summary>Stores <paramref name="document"/>, or returns the session its order already has.</summary>
    public async Task<SandboxSessionDocument> InsertOrGetAsync(SandboxSessionDocument document, CancellationToken cancellationToken)
    {
        try
        {
            await using var session = store.LightweightSession();
            session.Insert(document);
            await session.SaveChangesAsync(cancellationToken);
            return document;
        }
        catch (Exception exception) when (IsUniqueViolation(exception))
        {
            // The order's unique index: a concurrent or earlier checkout of the same order won.
            await using var query = store.QuerySession();
            return await query.Query<SandboxSessionDocument>().SingleAsync(d => d.OrderId == document.OrderId, cancellationToken);
        }
    }

    private static bool IsUniqueViolation(Exception? exception)
    {
        // Marten wraps PostgreSQL's error; how deep depends on the path, so look all the way down.
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Applies <paramref name="change"/> and saves it unless somebody wrote in between, in which case the
    /// change is judged again on the fresh document. <paramref name="change"/> returns false to leave the
    /// document as it is. Returns the document as stored, or null when there is none.
    /// </summary>
    public async Task<SandboxSessionDocument?> ChangeAsync(
        string id, Func<SandboxSessionDocument, bool> change, CancellationToken cancellationToken)
    {
        while (true)
        {
            await using var session = store.LightweightSession();
            var document = await session.LoadAsync<SandboxSessionDocument>(id, cancellationToken);
            if (document is null || !change(document))
            {
                return document;
            }

            session.UpdateRevision(document, document.Version + 1);
            try
            {
                await session.SaveChangesAsync(cancellationToken);
                return document;
            }
            catch (ConcurrencyException)
            {
                // Another write succeeded, so each lap makes progress.
            }
        }
    }
}
