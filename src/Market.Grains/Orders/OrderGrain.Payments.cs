using Market.Contracts.Orders;
using Market.Domain.Orders;

namespace Market.Grains.Orders;

/// <summary>How a delayed payment's failure reaches the order: the decider says whether it closes it.</summary>
public sealed partial class OrderGrain
{
    /// <inheritdoc />
    public async Task<OrderView> FailPayment(string eventId, string sessionId, DateTimeOffset failedAt)
    {
        var order = Existing();
        var decision = OrderDecider.Decide(OrderViews.ToOrder(order, settlement), new OrderCommand.FailPayment(eventId, sessionId, failedAt), time.GetUtcNow());
        if (!decision.Events.OfType<OrderEvent.PaymentFailed>().Any())
        {
            // Closed already (a redelivery), or paid by another event: the order stands as it is.
            return order;
        }

        state.State.Order = order with { Status = OrderStatus.Closed };
        await state.WriteStateAsync();
        return state.State.Order;
    }
}
