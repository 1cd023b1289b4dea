using Market.Contracts.Orders;
using Market.Domain.Orders;

namespace Market.Grains.Orders;

/// <summary>
/// How the grain runs the order decider: read the decider's state from the stored view, decide, perform
/// what the events call for (ledger postings and dispute holds, each keyed so a repeat adds nothing),
/// then write the evolved state. Effects come before the state write: a crash between them leaves the
/// order as it was, and Stripe's retry decides the same events again and finds the effects done.
/// </summary>
public sealed partial class OrderGrain
{
    private async Task<Decided> DecideAsync(OrderCommand command)
    {
        var stored = state.State.Order;
        var order = stored is null ? null : OrderViews.ToOrder(stored, settlement);
        var decision = OrderDecider.Decide(order, command, time.GetUtcNow());
        if (decision.IsRefused || decision.Events.Count == 0)
        {
            return new Decided(order, order is null ? null : OrderViews.ViewOf(order, stored!.LicenseIds), decision.Refusal, []);
        }

        var next = OrderDecider.Fold(order, decision.Events)!;
        foreach (var happened in decision.Events)
        {
            await PerformAsync(next, happened);
        }

        state.State.Order = OrderViews.ViewOf(next, stored?.LicenseIds);
        await state.WriteStateAsync();
        return new Decided(next, state.State.Order, null, decision.Events);
    }

    // What each event asks of the world outside the order's own state. A requested refund goes to the
    // provider from the caller (the sandbox answers with a webhook call back into this grain).
    private Task PerformAsync(Order order, OrderEvent happened) => happened switch
    {
        OrderEvent.ChargeRefunded refunded => _ledger.PostAsync(order.Id, refunded.Returns),
        OrderEvent.DisputeOpened opened => FreezeAsync(order, opened.DisputeId, opened.At),
        OrderEvent.DisputeWon => ReleaseAsync(order),
        OrderEvent.DisputeLost lost => ReverseAndReleaseAsync(order, lost),
        _ => Task.CompletedTask,
    };

    private OrderView? CurrentView() =>
        state.State.Order is { } stored ? OrderViews.ViewOf(OrderViews.ToOrder(stored, settlement), stored.LicenseIds) : null;

    /// <summary>A decision and the order after it.</summary>
    /// <param name="Order">The decider's state after the command; null when no order has the id.</param>
    /// <param name="View">The same as the view the grain answers with.</param>
    /// <param name="Refusal">Why the command was refused, if it was.</param>
    /// <param name="Events">What happened (none for a repeat or a refusal).</param>
    private sealed record Decided(Order? Order, OrderView? View, OrderRefusal? Refusal, IReadOnlyList<OrderEvent> Events)
    {
        public OrderAnswer Answer => new(View, Refusal is { } refusal ? OrderRefused.Of(refusal) : null);
    }
}
