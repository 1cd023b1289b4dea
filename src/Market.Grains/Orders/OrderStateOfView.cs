using Market.Contracts.Orders;
using Market.Domain.Money;
using Market.Domain.Orders;

namespace Market.Grains.Orders;

/// <summary>
/// The order decider's state as read from the grain's stored view, for the commands decided on it so
/// far (a payment's outcome): the order's identity, lines, checkout and stage. Refunds and disputes are
/// still applied by the grain itself, so they are not carried over.
/// </summary>
internal static class OrderStateOfView
{
    /// <summary>The decider's state for <paramref name="view"/>.</summary>
    public static Order ToDecided(OrderView view, SettlementCurrency settlement) => new()
    {
        Id = view.Id,
        BuyerId = view.BuyerId,
        Currency = settlement.Code,
        Lines = [.. view.Lines.Select(l => new PricedLine(l.LineId, l.WorkId, l.Title, l.Tier, l.PriceMinor))],
        PlacedAt = view.PlacedAt,
        CheckoutSessionId = view.CheckoutSessionId,
        CheckoutUrl = view.CheckoutUrl,
        Stage = view.Status switch
        {
            OrderStatus.Pending => OrderStage.Pending,
            OrderStatus.PaymentMismatch => OrderStage.PaymentMismatch,
            OrderStatus.Closed => OrderStage.Closed,
            _ => OrderStage.Paid,
        },
    };
}
