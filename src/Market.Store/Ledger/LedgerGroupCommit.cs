using System.Threading.Channels;
using Market.Domain.Ledger;

namespace Market.Store.Ledger;

/// <summary>
/// Coalesces posts from concurrent callers (e.g. many orders paid at once) into group commits: one
/// writer takes everything queued while the previous commit was in flight and posts it with
/// <see cref="LedgerStore.PostManyAsync"/> — one PostgreSQL transaction, one fsync. Each caller's
/// task completes only once its transactions are durably committed, and answers as
/// <see cref="LedgerStore.PostManyAsync"/> would for that caller alone: still idempotent per key.
/// When a group fails (one caller's reversal lost a race, a connection broke), nothing of it was
/// written, and every caller of the group is posted alone, so one caller's failure is its own.
/// </summary>
public sealed class LedgerGroupCommit : IAsyncDisposable
{
    // Bounds one commit's size, so a burst does not become one huge transaction that holds everyone up.
    private const int MaxTransactionsPerCommit = 400;

    private readonly LedgerStore _ledger;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;

    /// <summary>Starts the writer.</summary>
    public LedgerGroupCommit(LedgerStore ledger)
    {
        _ledger = ledger;
        _writer = Task.Run(WriteAsync);
    }

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

        var pending = new Pending(transactions, new TaskCompletionSource<IReadOnlyList<LedgerPosted>>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(LedgerGroupCommit), "The ledger's group-commit writer has stopped.");
        }

        return pending.Done.Task;
    }

    /// <summary>Lets the queued posts finish, then stops the writer.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }

    private async Task WriteAsync()
    {
        var group = new List<Pending>();
        while (await _queue.Reader.WaitToReadAsync())
        {
            group.Clear();
            var size = 0;
            while (size < MaxTransactionsPerCommit && _queue.Reader.TryRead(out var pending))
            {
                group.Add(pending);
                size += pending.Transactions.Count;
            }

            if (group.Count == 1)
            {
                await PostAloneAsync(group[0]);
                continue;
            }

            await CommitAsync(group);
            LedgerMetrics.RecordGroupCommit(group.Count, size);
        }
    }

    private async Task CommitAsync(List<Pending> group)
    {
        IReadOnlyList<LedgerPosted> answers;
        try
        {
            answers = await _ledger.PostManyAsync([.. group.SelectMany(p => p.Transactions)]);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Nothing of the group was written; each caller gets its own answer or its own error.
            LedgerMetrics.RecordGroupFallback();
            foreach (var pending in group)
            {
                await PostAloneAsync(pending);
            }

            return;
        }

        var offset = 0;
        foreach (var pending in group)
        {
            pending.Done.TrySetResult([.. answers.Skip(offset).Take(pending.Transactions.Count)]);
            offset += pending.Transactions.Count;
        }
    }

    private async Task PostAloneAsync(Pending pending)
    {
        try
        {
            pending.Done.TrySetResult(await _ledger.PostManyAsync(pending.Transactions));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            pending.Done.TrySetException(e);
        }
    }

    private sealed record Pending(IReadOnlyList<LedgerTransaction> Transactions, TaskCompletionSource<IReadOnlyList<LedgerPosted>> Done);
}
