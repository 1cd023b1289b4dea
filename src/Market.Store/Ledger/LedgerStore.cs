using Marten;
using Market.Domain.Ledger;

namespace Market.Store.Ledger;

/// <summary>
/// The double-entry ledger in Marten's event store (DESIGN 2.3). Posting is idempotent per key: a
/// transaction's stream id derives from its key, so a second start of the same stream collides in
/// PostgreSQL and the original is returned instead — also when replays race each other.
/// </summary>
public sealed partial class LedgerStore(IDocumentStore store)
{
    // A collision with a transaction that then rolls back leaves nothing to return; trying again
    // settles it. More than a few rounds means something else is wrong.
    private const int MaxAttempts = 5;

    private readonly LedgerTables _tables = new(store.Options.DatabaseSchemaName, store.Options.Events.DatabaseSchemaName);

    /// <summary>Posts one transaction in its own database transaction, or returns the one already posted under its key.</summary>
    /// <exception cref="LedgerRuleException">The transaction breaks a ledger rule; nothing is written.</exception>
    /// <exception cref="LedgerConflictException">Another reversal of the same original was posted first.</exception>
    public async Task<LedgerPosted> PostAsync(LedgerTransaction transaction, CancellationToken cancellationToken = default)
    {
        LedgerRules.EnsureValid(transaction);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            if (await TryAppendAsync([transaction], cancellationToken))
            {
                return new LedgerPosted(transaction, Replayed: false);
            }

            if (await GetAsync(transaction.Id, cancellationToken) is { } original)
            {
                return new LedgerPosted(SameKey(original, transaction), Replayed: true);
            }
        }

        throw new LedgerConflictException($"Ledger transaction '{transaction.IdempotencyKey}' kept colliding with a post that did not commit ({MaxAttempts} attempts).");
    }

    /// <summary>
    /// Posts many transactions in ONE database transaction (group commit: one commit, one fsync, for
    /// the lot). Still idempotent per key: keys already posted, and repeats within the batch, are
    /// answered with the original; if a concurrent writer lands a key first, the batch is retried
    /// without it. Answers come in the order given.
    /// </summary>
    /// <exception cref="LedgerRuleException">A transaction breaks a ledger rule; nothing is written.</exception>
    /// <exception cref="LedgerConflictException">A reversal in the batch lost to another reversal of the same original; nothing is written.</exception>
    public async Task<IReadOnlyList<LedgerPosted>> PostManyAsync(IReadOnlyList<LedgerTransaction> transactions, CancellationToken cancellationToken = default)
    {
        foreach (var transaction in transactions)
        {
            LedgerRules.EnsureValid(transaction);
        }

        // Optimistic: most batches are all new, so the first attempt skips asking which keys exist.
        var distinct = transactions.DistinctBy(t => t.Id).ToList();
        var posted = new HashSet<Guid>();
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var fresh = distinct.Where(t => !posted.Contains(t.Id)).ToList();
            if (fresh.Count == 0 || await TryAppendAsync(fresh, cancellationToken))
            {
                var originals = posted.Count == 0 ? new Dictionary<Guid, LedgerTransaction>() : await LoadAsync(posted, cancellationToken);
                return Answer(transactions, originals);
            }

            posted = await PostedIdsAsync([.. distinct.Select(t => t.Id)], cancellationToken);
        }

        throw new LedgerConflictException($"A batch of {transactions.Count} ledger transactions kept colliding with concurrent posts ({MaxAttempts} attempts).");
    }

    // False when a key was already taken (by a committed or a concurrent transaction); nothing is written then.
    private async Task<bool> TryAppendAsync(IReadOnlyList<LedgerTransaction> transactions, CancellationToken cancellationToken)
    {
        try
        {
            await using var session = store.LightweightSession();
            foreach (var transaction in transactions)
            {
                session.RecordLedgerTransaction(transaction);
            }

            await session.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (LedgerErrors.IsDuplicateKey(e))
        {
            return false;
        }
        catch (Exception e) when (LedgerErrors.IsReversalConflict(e))
        {
            var reversals = string.Join(", ", transactions.Where(t => t.Reverses is not null).Select(t => $"'{t.IdempotencyKey}'"));
            throw new LedgerConflictException(
                $"Another reversal of the same original was posted first; rebuild {reversals} from the current reversals.", e);
        }
    }

    private static List<LedgerPosted> Answer(IReadOnlyList<LedgerTransaction> asked, IReadOnlyDictionary<Guid, LedgerTransaction> originals)
    {
        var answered = new Dictionary<Guid, LedgerTransaction>();
        var answers = new List<LedgerPosted>(asked.Count);
        foreach (var transaction in asked)
        {
            if (originals.TryGetValue(transaction.Id, out var original) || answered.TryGetValue(transaction.Id, out original))
            {
                answers.Add(new LedgerPosted(SameKey(original, transaction), Replayed: true));
                continue;
            }

            answered[transaction.Id] = transaction;
            answers.Add(new LedgerPosted(transaction, Replayed: false));
        }

        return answers;
    }

    // Ids are 122 bits of SHA-256, so this never fires in practice; if it did, returning another
    // command's money movement as "the original" would be far worse than failing loudly.
    private static LedgerTransaction SameKey(LedgerTransaction original, LedgerTransaction asked) =>
        original.IdempotencyKey == asked.IdempotencyKey
            ? original
            : throw new InvalidOperationException($"Idempotency keys '{asked.IdempotencyKey}' and '{original.IdempotencyKey}' map to the same id {asked.Id}.");
}
