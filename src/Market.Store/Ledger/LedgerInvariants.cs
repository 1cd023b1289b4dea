using System.Data;
using Marten;
using Market.Domain.Ledger;
using Npgsql;

namespace Market.Store.Ledger;

/// <summary>
/// Verifies the whole ledger (DESIGN 2.3): every transaction valid on its own (balanced, parts of a
/// sale summing to its net, none negative), globally Σ debits = Σ credits, each idempotency key
/// recorded once, the projections equal to a fresh fold of the events, and every reversal linked to
/// an existing original without over-reversing it, and no party paid (or in payout) for more than it
/// was credited net of reversals. Reads the events page by page, in memory bounded
/// by the number of accounts and reversals, not of transactions; all reads share one snapshot, so a
/// check running beside live appends sees a ledger that stands still.
/// </summary>
public sealed partial class LedgerInvariants(IDocumentStore store)
{
    private const int PageSize = 1_000;

    private readonly LedgerTables _tables = new(store.Options.DatabaseSchemaName, store.Options.Events.DatabaseSchemaName);

    /// <summary>Checks everything and reports each violation found; an empty list means the ledger is clean.</summary>
    public async Task<LedgerCheckReport> CheckAsync(CancellationToken cancellationToken = default)
    {
        var audit = new LedgerAudit();
        await using var connection = await store.OpenLedgerConnectionAsync(cancellationToken);
        await using var snapshot = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        long after = 0;
        while (await ReadPageAsync(connection, after, cancellationToken) is { Count: > 0 } page)
        {
            after = page[^1].Sequence;
            foreach (var (_, streamId, recorded) in page)
            {
                audit.Fold(streamId, recorded, Read(recorded, audit));
            }

            await CompareProjectionAsync(connection, [.. page.Select(e => e.Recorded)], audit, cancellationToken);
        }

        if (audit.Debits != audit.Credits)
        {
            audit.Report(null, $"ledger-wide, debits total {audit.Debits} micros but credits {audit.Credits}");
        }

        foreach (var problem in audit.Payouts.Problems())
        {
            audit.Report(null, problem);
        }

        await CheckKeysAsync(connection, audit, cancellationToken);
        await CompareBalancesAsync(connection, audit, cancellationToken);
        await CheckReversalsAsync(connection, audit, cancellationToken);
        return audit.ToReport();
    }

    private static LedgerTransaction? Read(LedgerTransactionRecorded recorded, LedgerAudit audit)
    {
        try
        {
            return LedgerEventMapping.ToTransaction(recorded);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            audit.Report(recorded.TransactionId, $"its event cannot be read: {e.Message}");
            return null;
        }
    }

    // Reversals are few next to sales, so they and their originals fit in memory.
    private async Task CheckReversalsAsync(NpgsqlConnection connection, LedgerAudit audit, CancellationToken cancellationToken)
    {
        var reversals = audit.Reversals.ToDictionary(r => r.Id);
        var targets = audit.Reversals.Select(r => r.Reverses!.Value).ToHashSet();
        var originals = reversals.Where(r => targets.Contains(r.Key)).ToDictionary();
        var missing = targets.Where(t => !originals.ContainsKey(t)).ToArray();
        foreach (var recorded in await ReadEventsAsync(connection, "stream_id = any($2)", missing, cancellationToken))
        {
            if (Read(recorded.Recorded, new LedgerAudit()) is { } original)
            {
                originals.TryAdd(original.Id, original);
            }
        }

        foreach (var reversal in audit.Reversals.Where(r => !originals.ContainsKey(r.Reverses!.Value)))
        {
            audit.Report(reversal.Id, $"it reverses transaction {reversal.Reverses}, which does not exist");
        }

        foreach (var original in originals.Values)
        {
            foreach (var violation in ReversalHistory.Of(original, audit.Reversals).Problems())
            {
                audit.Report(violation.TransactionId, violation.Problem);
            }
        }
    }
}
