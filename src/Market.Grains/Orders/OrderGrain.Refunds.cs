using Market.Contracts.Orders;

namespace Market.Grains.Orders;

public sealed partial class OrderGrain
{
    /// <inheritdoc />
    public async Task<RefundRequested> RequestRefund(RequestRefund command)
    {
        var order = Existing();
        var (answer, isNew) = RefundRules.Check(order, command, time.GetUtcNow());
        if (!isNew || answer.Refund is not { } refund)
        {
            return answer;
        }

        state.State.Order = order with { Refunds = [.. order.Refunds ?? [], refund] };
        await state.WriteStateAsync();
        return answer with { Order = state.State.Order };
    }

    /// <inheritdoc />
    public async Task<OrderView> RefundFailed(string refundId, string problem)
    {
        var order = Existing();
        if (order.Refunds?.FirstOrDefault(r => r.RefundId == refundId) is not { Status: OrderRefundStatus.Requested } refund)
        {
            return order;
        }

        state.State.Order = order with
        {
            Refunds = [.. order.Refunds.Select(r => r == refund ? r with { Status = OrderRefundStatus.Failed, Problem = problem } : r)],
        };
        await state.WriteStateAsync();
        return state.State.Order;
    }

    /// <inheritdoc />
    public async Task<OrderView> RecordRefund(ChargeRefunded refunded)
    {
        var order = Existing();
        if (order.Status == OrderStatus.PaymentMismatch)
        {
            // Its refund gives back a payment that never reached the ledger: nothing to reverse.
            return order;
        }

        var (updated, shares) = RefundMatching.Apply(order, refunded);
        if (ReferenceEquals(updated, order))
        {
            return order;
        }

        // Ledger first, keyed per share: a crash before the state write is repaired by Stripe's retry.
        await _ledger.PostAsync(order.Id, shares);
        state.State.Order = updated;
        await state.WriteStateAsync();
        return updated;
    }
}
