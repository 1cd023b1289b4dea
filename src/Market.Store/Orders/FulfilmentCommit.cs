using Marten;

namespace Market.Store.Orders;

/// <summary>
/// Commits paid orders' <see cref="FulfilmentUnit"/>s, each all or nothing, group-committed across
/// concurrent webhooks on the same <see cref="GroupCommitQueue{TWork, TAnswer}"/> machinery as the
/// ledger: many units in one PostgreSQL transaction; a failed group falls back to each unit alone. A
/// unit whose event is already claimed changes nothing and is answered false: the redelivery of an
/// event that was handled (or is being handled by a writer that got there first).
/// </summary>
public sealed class FulfilmentCommit : IAsyncDisposable
{
    // Rows, not units: a burst of large orders should not become one huge transaction either.
    private const int MaxRowsPerCommit = 2_000;

    private readonly IDocumentStore _store;
    private readonly GroupCommitQueue<FulfilmentUnit, bool> _queue;

    /// <summary>Starts the writer.</summary>
    public FulfilmentCommit(IDocumentStore store)
    {
        _store = store;
        _queue = new(new(CommitGroupAsync, CommitAloneAsync, unit => unit.Size, MaxRowsPerCommit));
    }

    /// <summary>
    /// Commits <paramref name="unit"/> in the next group; true once it is durable, false when its
    /// event was already claimed (nothing of it was written).
    /// </summary>
    /// <exception cref="Exception">The unit could not be written for another reason (a stale grain revision, a lost connection); nothing of it was written.</exception>
    public Task<bool> CommitAsync(FulfilmentUnit unit) => _queue.CommitAsync(unit);

    /// <summary>Lets the queued units finish, then stops the writer.</summary>
    public ValueTask DisposeAsync() => _queue.DisposeAsync();

    private async Task<IReadOnlyList<bool>> CommitGroupAsync(IReadOnlyList<FulfilmentUnit> units)
    {
        await using var session = _store.LightweightSession();
        foreach (var unit in units)
        {
            unit.QueueIn(session);
        }

        await session.SaveChangesAsync();
        return [.. units.Select(_ => true)];
    }

    private async Task<bool> CommitAloneAsync(FulfilmentUnit unit)
    {
        try
        {
            await using var session = _store.LightweightSession();
            unit.QueueIn(session);
            await session.SaveChangesAsync();
            return true;
        }
        catch (Exception e) when (DatabaseErrors.IsAlreadyStored(e))
        {
            if (await ClaimedAsync(unit.Claim.Id))
            {
                return false;
            }

            throw;
        }
    }

    private Task<bool> ClaimedAsync(string eventId) => new HandledEvents(_store).IsRecordedAsync(eventId);
}
