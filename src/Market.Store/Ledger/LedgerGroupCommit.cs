using Market.Domain.Ledger;

namespace Market.Store.Ledger;

/// <summary>
/// Coalesces posts from concurrent callers (e.g. many orders paid at once) into group commits on a
/// <see cref="GroupCommitQueue{TWork, TAnswer}"/>, each posted with <see cref="LedgerStore.PostManyAsync"/>.
/// Each caller is answered as <see cref="LedgerStore.PostManyAsync"/> would answer it alone: still
/// idempotent per key, and a failed group falls back to posting each caller alone.
/// </summary>
public sealed class LedgerGroupCommit : IAsyncDisposable
{
    // Bounds one commit's size, so a burst does not become one huge transaction that holds everyone up.
    private const int MaxTransactionsPerCommit = 400;

    private readonly GroupCommitQueue<IReadOnlyList<LedgerTransaction>, IReadOnlyList<LedgerPosted>> _queue;

    /// <summary>Starts the writer.</summary>
    public LedgerGroupCommit(LedgerStore ledger) =>
        _queue = new(new(
            CommitGroup: async groups => Slice(groups, await ledger.PostManyAsync([.. groups.SelectMany(g => g)])),
            CommitAlone: transactions => ledger.PostManyAsync(transactions),
            SizeOf: transactions => transactions.Count,
            MaxTransactionsPerCommit,
            LedgerMetrics.RecordGroupCommit,
            LedgerMetrics.RecordGroupFallback));

    /// <summary>Posts <paramref name="transactions"/> in the next group commit; answers in the order given.</summary>
    /// <exception cref="LedgerRuleException">A transaction breaks a ledger rule; nothing of this caller's is written.</exception>
    /// <exception cref="LedgerConflictException">A reversal lost to another reversal of the same original; nothing of this caller's is written.</exception>
    public Task<IReadOnlyList<LedgerPosted>> PostManyAsync(IReadOnlyList<LedgerTransaction> transactions)
    {
        // A rule breach is the caller's own: it never reaches a group.
        foreach (var transaction in transactions)
        {
            LedgerRules.EnsureValid(transaction);
        }

        return _queue.CommitAsync(transactions);
    }

    /// <summary>Lets the queued posts finish, then stops the writer.</summary>
    public ValueTask DisposeAsync() => _queue.DisposeAsync();

    private static List<IReadOnlyList<LedgerPosted>> Slice(IReadOnlyList<IReadOnlyList<LedgerTransaction>> groups, IReadOnlyList<LedgerPosted> answers)
    {
        var sliced = new List<IReadOnlyList<LedgerPosted>>(groups.Count);
        var offset = 0;
        foreach (var group in groups)
        {
            sliced.Add([.. answers.Skip(offset).Take(group.Count)]);
            offset += group.Count;
        }

        return sliced;
    }
}
