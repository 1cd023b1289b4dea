using Market.Contracts.Orders;
using Market.Domain.Orders;

namespace Market.Grains.Orders;

public sealed partial class OrderGrain
{
    /// <inheritdoc />
    public async Task<OrderAnswer> OpenDispute(DisputeChanged opened)
    {
        var decided = await DecideAsync(new OrderCommand.OpenDispute(opened.EventId, opened.DisputeId, opened.AmountMinor, opened.Reason, opened.At));
        if (decided is { Events.Count: 0, Order.Dispute: { FreezesEarnings: true } known } && known.DisputeId == opened.DisputeId)
        {
            // A redelivery of the opening: freezing again (idempotent per order) repairs holds a crash may have left short.
            await FreezeAsync(decided.Order, known.DisputeId, known.OpenedAt);
        }

        return decided.Answer;
    }

    /// <inheritdoc />
    public async Task<OrderAnswer> CloseDispute(DisputeChanged closed) =>
        (await DecideAsync(new OrderCommand.CloseDispute(closed.EventId, closed.DisputeId, closed.AmountMinor, closed.Reason, closed.Lost, closed.FeeMinor, closed.At))).Answer;

    private async Task FreezeAsync(Order order, string disputeId, DateTimeOffset since)
    {
        foreach (var (partyId, micros) in await _ledger.HeldByPartyAsync(order))
        {
            if (micros > 0)
            {
                await GrainFactory.GetGrain<IDisputeHoldsGrain>(partyId).Freeze(new DisputeHold(order.Id, disputeId, micros, since));
            }
        }
    }

    // Lost: what was left of every line goes back as a ledger refund of its sale, so each part — commission
    // included — gives back exactly its share, and Stripe's dispute fee is booked as the platform's cost.
    private async Task ReverseAndReleaseAsync(Order order, OrderEvent.DisputeLost lost)
    {
        await _ledger.PostAsync(order.Id, lost.Returns, lost.FeeMinor);
        await ReleaseAsync(order);
    }

    private async Task ReleaseAsync(Order order)
    {
        foreach (var partyId in (await _ledger.HeldByPartyAsync(order)).Keys)
        {
            await GrainFactory.GetGrain<IDisputeHoldsGrain>(partyId).Release(order.Id);
        }
    }
}
