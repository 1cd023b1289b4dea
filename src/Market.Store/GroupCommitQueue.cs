using System.Threading.Channels;

namespace Market.Store;

/// <summary>
/// Coalesces work from concurrent callers into group commits: one writer takes everything queued
/// while the previous commit was in flight and commits it together — one PostgreSQL transaction, one
/// fsync, for the lot. Each caller's task completes only once its work is durably committed. When a
/// group fails, nothing of it was written, and every caller of the group is committed alone, so one
/// caller's failure (a lost race, a broken connection) is its own.
/// </summary>
/// <typeparam name="TWork">One caller's work.</typeparam>
/// <typeparam name="TAnswer">What that caller is told once it is committed.</typeparam>
public sealed class GroupCommitQueue<TWork, TAnswer> : IAsyncDisposable
    where TWork : notnull
{
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly GroupCommitSteps<TWork, TAnswer> _steps;
    private readonly Task _writer;

    /// <summary>Starts the writer.</summary>
    public GroupCommitQueue(GroupCommitSteps<TWork, TAnswer> steps)
    {
        _steps = steps;
        _writer = Task.Run(WriteAsync);
    }

    /// <summary>Commits <paramref name="work"/> in the next group; answers once it is durable.</summary>
    public Task<TAnswer> CommitAsync(TWork work)
    {
        var pending = new Pending(work, new TaskCompletionSource<TAnswer>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(GroupCommitQueue<TWork, TAnswer>), "The group-commit writer has stopped.");
        }

        return pending.Done.Task;
    }

    /// <summary>Lets the queued work finish, then stops the writer.</summary>
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
            while (size < _steps.MaxSizePerCommit && _queue.Reader.TryRead(out var pending))
            {
                group.Add(pending);
                size += _steps.SizeOf(pending.Work);
            }

            if (group.Count == 1)
            {
                await CommitAloneAsync(group[0]);
                continue;
            }

            await CommitGroupAsync(group);
            _steps.OnGroupCommitted?.Invoke(group.Count, size);
        }
    }

    private async Task CommitGroupAsync(List<Pending> group)
    {
        IReadOnlyList<TAnswer> answers;
        try
        {
            answers = await _steps.CommitGroup([.. group.Select(p => p.Work)]);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Nothing of the group was written; each caller gets its own answer or its own error.
            _steps.OnFallback?.Invoke();
            foreach (var pending in group)
            {
                await CommitAloneAsync(pending);
            }

            return;
        }

        for (var i = 0; i < group.Count; i++)
        {
            group[i].Done.TrySetResult(answers[i]);
        }
    }

    private async Task CommitAloneAsync(Pending pending)
    {
        try
        {
            pending.Done.TrySetResult(await _steps.CommitAlone(pending.Work));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            pending.Done.TrySetException(e);
        }
    }

    private sealed record Pending(TWork Work, TaskCompletionSource<TAnswer> Done);
}

/// <summary>How a <see cref="GroupCommitQueue{TWork, TAnswer}"/> commits.</summary>
/// <param name="CommitGroup">Commits many callers' work in one transaction, answering in the order given; throws and writes nothing on failure.</param>
/// <param name="CommitAlone">Commits one caller's work in its own transaction.</param>
/// <param name="SizeOf">How much one caller's work weighs against <paramref name="MaxSizePerCommit"/>.</param>
/// <param name="MaxSizePerCommit">Bounds one commit, so a burst does not become one huge transaction that holds everyone up.</param>
/// <param name="OnGroupCommitted">Told the callers and size of each group committed (metrics).</param>
/// <param name="OnFallback">Told each time a group failed and its callers are committed alone (metrics).</param>
public sealed record GroupCommitSteps<TWork, TAnswer>(
    Func<IReadOnlyList<TWork>, Task<IReadOnlyList<TAnswer>>> CommitGroup,
    Func<TWork, Task<TAnswer>> CommitAlone,
    Func<TWork, int> SizeOf,
    int MaxSizePerCommit,
    Action<int, int>? OnGroupCommitted = null,
    Action? OnFallback = null);
