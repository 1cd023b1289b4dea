using Market.Contracts.Orders;

namespace Market.Grains.Orders;

/// <summary>
/// The order a payment intent paid for. The link is written by the order's fulfilment, in the same
/// transaction as the payment (<see cref="OrderFulfilment"/>), so memory that still has no order
/// looks again in storage before answering.
/// </summary>
public sealed class OrderByPaymentGrain(
    [PersistentState(OrderByPaymentGrain.StateName, GrainStorage.Name)] IPersistentState<OrderByPaymentState> state) : Grain, IOrderByPaymentGrain
{
    /// <summary>The grain's state name, under which fulfilment writes the link.</summary>
    public const string StateName = "order-by-payment";

    /// <inheritdoc />
    public async Task Link(string orderId)
    {
        if (state.State.OrderId is null)
        {
            await state.ReadStateAsync();
        }

        if (state.State.OrderId == orderId)
        {
            return;
        }

        state.State.OrderId = orderId;
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public async Task<string?> OrderId()
    {
        if (state.State.OrderId is null)
        {
            await state.ReadStateAsync();
        }

        return state.State.OrderId;
    }
}

/// <summary>The linked order id; null before the payment completes.</summary>
[GenerateSerializer, Alias("market.order-by-payment-state")]
public sealed class OrderByPaymentState
{
    /// <summary>The order.</summary>
    [Id(0)]
    public string? OrderId { get; set; }
}
