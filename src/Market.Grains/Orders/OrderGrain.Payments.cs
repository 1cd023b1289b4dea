using Market.Contracts.Orders;
using Market.Domain.Orders;

namespace Market.Grains.Orders;

/// <summary>How a delayed payment's failure reaches the order: the decider says whether it closes it.</summary>
public sealed partial class OrderGrain
{
    /// <inheritdoc />
    public async Task<OrderView> FailPayment(string eventId, string sessionId, DateTimeOffset failedAt) =>
        // Closed already (a redelivery), or paid by another event: the decider changes nothing and the order stands as it is.
        (await DecideAsync(new OrderCommand.FailPayment(eventId, sessionId, failedAt))).View ?? Existing();
}
