using Market.Contracts.Orders;
using Market.Contracts.Parties;
using Market.Store.Ledger;

namespace Market.Grains.Orders;

/// <summary>
/// Holds one order. Fulfilment happens only here, and only once, when the webhook says it was paid;
/// so do its refunds and disputes (OrderGrain.Refunds.cs, OrderGrain.Disputes.cs).
/// </summary>
public sealed partial class OrderGrain(
    [PersistentState("order", GrainStorage.Name)] IPersistentState<OrderState> state,
    OrderFulfilment fulfilment,
    LedgerStore ledger,
    TimeProvider time) : Grain, IOrderGrain
{
    private readonly OrderLedger _ledger = new(ledger);

    /// <inheritdoc />
    public async Task<OrderView> Place(PlaceOrder command)
    {
        if (state.State.Order is { } existing)
        {
            return existing;
        }

        state.State.Order = new OrderView(
            this.GetPrimaryKeyString(), command.BuyerId, OrderStatus.Pending, command.Lines, command.Lines.Sum(l => l.PriceMinor), time.GetUtcNow());
        await state.WriteStateAsync();
        MarketMetrics.OrderPlaced();
        return state.State.Order;
    }

    /// <inheritdoc />
    public async Task<OrderView> AttachCheckout(string sessionId, string url)
    {
        var order = Existing();
        if (order.CheckoutSessionId == sessionId && order.CheckoutUrl == url)
        {
            return order;
        }

        state.State.Order = order with { CheckoutSessionId = sessionId, CheckoutUrl = url };
        await state.WriteStateAsync();
        return state.State.Order;
    }

    /// <inheritdoc />
    public async Task<OrderView> MarkPaid(OrderPayment payment)
    {
        var order = Existing();
        if (order.Status != OrderStatus.Pending)
        {
            return order;
        }

        if (payment.AmountMinor != order.AmountMinor)
        {
            throw new InvalidOperationException($"Order {order.Id} is for {order.AmountMinor} minor units but {payment.AmountMinor} were paid.");
        }

        // Ledger postings and licenses are idempotent by key, so a crash before the state write
        // below is repaired by the webhook's retry without doubling anything.
        var licenses = await fulfilment.FulfilAsync(order, payment);
        if (payment.PaymentIntentId is { Length: > 0 } paymentIntent)
        {
            // Disputes name only the payment intent; the link must exist before the order counts as paid.
            await GrainFactory.GetGrain<IOrderByPaymentGrain>(paymentIntent).Link(order.Id);
        }

        state.State.Order = order with { Status = OrderStatus.Paid, Payment = payment, LicenseIds = licenses };
        await state.WriteStateAsync();
        MarketMetrics.OrderPaid();
        await GrainFactory.GetGrain<IPartyGrain>(order.BuyerId).OrderSettled(order.Id);
        return state.State.Order;
    }

    /// <inheritdoc />
    public Task<OrderView?> Get() => Task.FromResult(state.State.Order);

    private OrderView Existing() =>
        state.State.Order ?? throw new KeyNotFoundException($"No order has id '{this.GetPrimaryKeyString()}'.");
}
