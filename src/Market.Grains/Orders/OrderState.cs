using Market.Contracts.Orders;

namespace Market.Grains.Orders;

/// <summary>An order's persistent state; null before it is placed.</summary>
[GenerateSerializer, Alias("market.order-state")]
public sealed class OrderState
{
    /// <summary>The order.</summary>
    [Id(0)]
    public OrderView? Order { get; set; }
}
