using Marten;

namespace Market.Store.Orders;

/// <summary>
/// The record of Stripe events Market has handled (<see cref="StripeEventRecord"/>): whether one is
/// claimed, the claim of an event whose effects were not committed with it, and the orders whose
/// payment did not match them, for the admins.
/// </summary>
public sealed class HandledEvents(IDocumentStore store)
{
    /// <summary>Whether the event is already recorded: claimed by its effect's commit, or recorded after it.</summary>
    public async Task<bool> IsRecordedAsync(string eventId)
    {
        await using var query = store.QuerySession();
        return await query.LoadAsync<StripeEventRecord>(eventId) is not null;
    }

    /// <summary>Records an event whose effects are idempotent on their own and were not committed with a claim.</summary>
    public async Task RecordAsync(StripeEventRecord record)
    {
        await using var write = store.LightweightSession();
        write.Store(record);
        await write.SaveChangesAsync();
    }

    /// <summary>The ids of orders paid with another amount or currency than their own, newest first.</summary>
    public async Task<IReadOnlyList<string>> MismatchedOrderIdsAsync(int most, CancellationToken cancellationToken)
    {
        await using var query = store.QuerySession();
        var ids = await query.Query<StripeEventRecord>()
            .Where(r => r.MismatchedOrderId != null)
            .OrderByDescending(r => r.HandledAt)
            .Select(r => r.MismatchedOrderId!)
            .Take(most)
            .ToListAsync(cancellationToken);
        return [.. ids.Distinct()];
    }
}
