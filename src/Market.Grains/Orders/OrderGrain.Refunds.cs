using Market.Contracts.Orders;
using Market.Domain.Orders;

namespace Market.Grains.Orders;

public sealed partial class OrderGrain
{
    /// <inheritdoc />
    public async Task<RefundRequested> RequestRefund(RequestRefund command)
    {
        var decided = await DecideAsync(new OrderCommand.RequestRefund(command.LineId, command.AmountMinor, command.ClientKey));
        if (decided.Refusal is { } refusal)
        {
            return new RefundRequested(null, decided.View, OrderRefused.Of(refusal));
        }

        // A new refund, or the one the same client key made before (a repeat decides nothing).
        var refundId = decided.Events.OfType<OrderEvent.RefundRequested>().FirstOrDefault()?.Refund.RefundId
            ?? decided.Order?.RefundWithClientKey(command.ClientKey ?? "")?.RefundId;
        return new RefundRequested(decided.View?.Refunds?.FirstOrDefault(r => r.RefundId == refundId), decided.View);
    }

    /// <inheritdoc />
    public async Task<OrderView> RefundFailed(string refundId, string problem) =>
        (await DecideAsync(new OrderCommand.FailRefund(refundId, problem))).View ?? Existing();

    /// <inheritdoc />
    public async Task<OrderAnswer> RecordRefund(ChargeRefunded refunded) =>
        (await DecideAsync(new OrderCommand.RecordChargeRefund(refunded.EventId, refunded.AmountRefundedMinor, refunded.RequestKey, refunded.At))).Answer;
}
