using Market.Contracts.Orders;
using Market.Contracts.Parties;
using Market.Domain.Money;
using Market.Domain.Orders;
using Market.Store.Ledger;
using Market.Store.Orders;
using Market.Store.Orleans.Storage;

namespace Market.Grains.Orders;

/// <summary>
/// Holds one order. Fulfilment happens only here, and only once, when the webhook says it was paid;
/// so do its refunds and disputes (OrderGrain.Refunds.cs, OrderGrain.Disputes.cs).
/// </summary>
public sealed partial class OrderGrain(
    [PersistentState(OrderGrain.StateName, GrainStorage.Name)] IPersistentState<OrderState> state,
    OrderFulfilment fulfilment,
    FulfilmentCommit commits,
    GrainStateRows rows,
    LedgerStore ledger,
    SettlementCurrency settlement,
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
        var stored = Existing();
        var order = OrderViews.ToOrder(stored, settlement);
        // A payment that names no currency is taken to be in the settlement currency (SettlementCurrency).
        var confirm = new OrderCommand.ConfirmPayment(
            payment.EventId, payment.SessionId, payment.PaymentIntentId, payment.AmountMinor, payment.Currency ?? settlement.Code, payment.FeeMinor, payment.PaidAt);
        var decision = OrderDecider.Decide(order, confirm, time.GetUtcNow());
        switch (decision.Events.SingleOrDefault())
        {
            case OrderEvent.Paid paidEvent:
                return await FulfilAsync(stored, OrderDecider.Evolve(order, paidEvent), payment);
            case OrderEvent.PaymentMismatched mismatched:
                return await MismatchedAsync(OrderViews.ViewOf(OrderDecider.Evolve(order, mismatched), stored.LicenseIds), payment);
            case null when decision.Refusal is { } refusal:
                throw new InvalidOperationException(refusal.Message);
            default:
                // Paid or refunded once already (a redelivery): the step after the commit may not have happened (the host stopped first).
                await GrainFactory.GetGrain<IPartyGrain>(stored.BuyerId).OrderSettled(stored.Id);
                return stored;
        }
    }

    // The event's claim, the sale, the licenses, the payment's link and the paid state: one commit.
    private async Task<OrderView> FulfilAsync(OrderView pending, Order paidOrder, OrderPayment payment)
    {
        var unit = await fulfilment.PrepareAsync(pending, payment);
        var paid = OrderViews.ViewOf(paidOrder, [.. unit.Licenses.Select(l => l.Id)]);
        if (!await CommitWithAsync(paid, unit))
        {
            // Another writer committed this event first (a second activation during a membership change).
            return Existing().Status != OrderStatus.Pending
                ? Existing()
                : throw new InvalidOperationException($"Order {pending.Id} was not paid: event {payment.EventId} is already claimed without paying it.");
        }

        MarketMetrics.OrderPaid();
        unit.Sales.ToList().ForEach(sale => MarketMetrics.Allocated(sale.Postings.Count(p => p.IsPart)));
        await GrainFactory.GetGrain<IPartyGrain>(pending.BuyerId).OrderSettled(pending.Id);
        return paid;
    }

    /// <inheritdoc />
    public Task<OrderView?> Get() => Task.FromResult(CurrentView());

    private OrderView Existing() =>
        state.State.Order ?? throw new KeyNotFoundException($"No order has id '{this.GetPrimaryKeyString()}'.");
}
