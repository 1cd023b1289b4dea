using Market.Contracts.Orders;

namespace Market.Grains.Orders;

public sealed partial class OrderGrain
{
    private const string LostStatus = "lost";

    /// <inheritdoc />
    public async Task<OrderView> OpenDispute(DisputeChanged opened)
    {
        var order = Existing();
        if (order.Dispute is { } known && known.DisputeId == opened.DisputeId)
        {
            // Known already (a redelivery, or the close overtook it): re-freezing repairs a crash between the holds and the state.
            if (known.FreezesEarnings)
            {
                await FreezeAsync(order, known);
            }

            return order;
        }

        var dispute = NewDispute(order, opened);
        await FreezeAsync(order, dispute);
        state.State.Order = order with { Status = OrderStatus.Disputed, Dispute = dispute };
        await state.WriteStateAsync();
        return state.State.Order;
    }

    /// <inheritdoc />
    public async Task<OrderView> CloseDispute(DisputeChanged closed)
    {
        var order = Existing();
        var dispute = order.Dispute is { } known && known.DisputeId == closed.DisputeId ? known : NewDispute(order, closed);
        if (!dispute.FreezesEarnings)
        {
            return order;
        }

        OrderView updated;
        if (closed.StripeStatus == LostStatus)
        {
            // Lost: what is left of every line goes back as a ledger refund of its sale, so each part —
            // commission included — gives back exactly its share and the processing fee Stripe keeps stays a cost.
            var split = new LineSplit(order);
            var reversed = split.Take(null, Math.Min(closed.AmountMinor, split.LeftMinor));
            var shares = reversed.Select(a => new LineRefund(closed.DisputeId, a.LineId, a.AmountMinor, closed.At, closed.EventId, $"dispute {closed.DisputeId} lost")).ToList();
            await _ledger.PostAsync(order.Id, shares, closed.FeeMinor);
            updated = order with { Status = OrderStatus.Disputed, Dispute = dispute with { Status = DisputeStatus.Lost, ClosedAt = closed.At, FeeMinor = closed.FeeMinor, Reversed = reversed } };
        }
        else
        {
            updated = order with { Status = dispute.StatusBefore, Dispute = dispute with { Status = DisputeStatus.Won, ClosedAt = closed.At, FeeMinor = closed.FeeMinor } };
        }

        await ReleaseAsync(order);
        state.State.Order = updated;
        await state.WriteStateAsync();
        return updated;
    }

    private static OrderDispute NewDispute(OrderView order, DisputeChanged change) => new(
        change.DisputeId, change.AmountMinor, change.Reason, DisputeStatus.Open,
        order.Status == OrderStatus.Disputed ? order.Dispute?.StatusBefore ?? OrderStatus.Paid : order.Status, change.At);

    private async Task FreezeAsync(OrderView order, OrderDispute dispute)
    {
        foreach (var (partyId, micros) in await _ledger.HeldByPartyAsync(order))
        {
            if (micros > 0)
            {
                await GrainFactory.GetGrain<IDisputeHoldsGrain>(partyId).Freeze(new DisputeHold(order.Id, dispute.DisputeId, micros, dispute.OpenedAt));
            }
        }
    }

    private async Task ReleaseAsync(OrderView order)
    {
        foreach (var partyId in (await _ledger.HeldByPartyAsync(order)).Keys)
        {
            await GrainFactory.GetGrain<IDisputeHoldsGrain>(partyId).Release(order.Id);
        }
    }
}
