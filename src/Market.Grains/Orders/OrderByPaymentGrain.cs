using Market.Contracts.Orders;

namespace Market.Grains.Orders;

/// <summary>The order a payment intent paid for.</summary>
public sealed class OrderByPaymentGrain(
    [PersistentState("order-by-payment", GrainStorage.Name)] IPersistentState<OrderByPaymentState> state) : Grain, IOrderByPaymentGrain
{
    /// <inheritdoc />
    public async Task Link(string orderId)
    {
        if (state.State.OrderId == orderId)
        {
            return;
        }

        state.State.OrderId = orderId;
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<string?> OrderId() => Task.FromResult(state.State.OrderId);
}

/// <summary>The linked order id; null before the payment completes.</summary>
[GenerateSerializer, Alias("market.order-by-payment-state")]
public sealed class OrderByPaymentState
{
    /// <summary>The order.</summary>
    [Id(0)]
    public string? OrderId { get; set; }
}
