using Npgsql;

namespace Market.Store.Models;

/// <summary>
/// Seals a training set in one transaction under the model's lock: every contribution's consent
/// is read again; those no longer allowed are dropped (and reported) rather than failing the seal,
/// because one artist's revocation should not block a version everyone else consented to; the rest
/// keep the consent in force now, which is what the snapshot hash covers.
/// </summary>
public sealed class TrainingSetSealer(TrainingSetTables tables, CatalogConsentSql catalog)
{
    /// <summary>
    /// Seals the set of <paramref name="request"/>'s model, or returns the seal already recorded.
    /// Null when no contribution would remain: nothing is changed then.
    /// </summary>
    public async Task<SealRecord?> SealAsync(SealRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await tables.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ModelLock.TakeAsync(connection, transaction, request.ModelId, cancellationToken);
        var store = new SealStatements(tables, connection, transaction, request.ModelId);
        if (await store.ReadSealAsync(cancellationToken) is { } existing)
        {
            return existing;
        }

        using var snapshot = new ConsentSnapshot();
        var dropped = new List<RejectedCandidate>();
        var changed = new List<StoredContribution>();
        await foreach (var (contribution, work) in store.ReadAllAsync(catalog, cancellationToken))
        {
            var reason = work is null ? TrainingSetRules.UnknownWork : TrainingSetRules.ConsentRefusal(work, request.PoolPpm);
            if (work is null || reason is not null)
            {
                dropped.Add(new RejectedCandidate(contribution.WorkId, reason!));
                continue;
            }

            var (consent, minimum) = TrainingSetRules.InForce(work);
            snapshot.Add(contribution.WorkId, contribution.Weight, consent, minimum);
            if (consent != contribution.GenerativeTraining || minimum != contribution.MinimumPoolPpm)
            {
                changed.Add(contribution with { GenerativeTraining = consent, MinimumPoolPpm = minimum });
            }
        }

        if (snapshot.Count == 0)
        {
            return null;   // disposing the transaction rolls back: an empty pool would pay no one
        }

        var seal = new SealRecord(snapshot.Finish(), snapshot.Count, request.At, dropped);
        await store.WriteSealAsync(request, seal, changed, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return seal;
    }
}
