using Marten;

namespace Market.Store.Orleans.Storage;

/// <summary>
/// One grain state row to write, revision-checked: inserted when the grain had none
/// (<see cref="ExpectedRevision"/> 0), else updated only if it is still at <see cref="ExpectedRevision"/>.
/// Queued in any Marten session, it commits with whatever else that session saves; a stale revision
/// fails the whole save (Marten's <c>ConcurrencyException</c>, or a duplicate key for an insert).
/// </summary>
/// <param name="Key">The row's id, <c>{serviceId}/{stateName}/{grainId}</c>.</param>
/// <param name="ExpectedRevision">The revision the writer read; 0 for none.</param>
/// <param name="State">The state in Orleans' binary format; null for a cleared state.</param>
public sealed record GrainStateWrite(string Key, long ExpectedRevision, byte[]? State)
{
    /// <summary>The row's revision once written: the grain's next ETag.</summary>
    public long NextRevision => ExpectedRevision + 1;

    /// <summary>Queues the write in <paramref name="session"/>.</summary>
    public void QueueIn(IDocumentSession session)
    {
        var document = new GrainStateDocument { Id = Key, State = State };
        if (ExpectedRevision == 0)
        {
            session.Insert(document);
        }
        else
        {
            session.UpdateRevision(document, NextRevision);
        }
    }
}
