using System.Globalization;
using Market.Contracts.Orders;

namespace Market.Grains.Orders;

/// <summary>Whether an admin's refund may go to the provider, and for how much (DESIGN 2.4).</summary>
internal static class RefundRules
{
    /// <summary>The answer to <paramref name="command"/>, and whether it is a new refund to record.</summary>
    public static (RefundRequested Answer, bool IsNew) Check(OrderView order, RequestRefund command, DateTimeOffset now)
    {
        if (command.ClientKey is { Length: > 0 } key && order.Refunds?.FirstOrDefault(r => r.ClientKey == key) is { } earlier)
        {
            var same = earlier.LineId == command.LineId && (command.AmountMinor is null || command.AmountMinor == earlier.AmountMinor);
            return (same ? new(earlier, order) : Conflict(order, $"Idempotency-Key '{key}' was already used for a refund of {earlier.AmountMinor} minor units of {What(earlier.LineId)}."), false);
        }

        if (StateProblem(order) is { } problem)
        {
            return (Conflict(order, problem), false);
        }

        if (command.LineId is { } lineId && order.Lines.All(l => l.LineId != lineId))
        {
            var lines = string.Join(", ", order.Lines.Select(l => l.LineId));
            return (Invalid(order, "lineId", $"Order {order.Id} has no line '{lineId}'; its lines are {lines}."), false);
        }

        var left = command.LineId is { } line ? order.RefundableMinorOf(line) : order.RefundableMinor;
        var amount = command.AmountMinor ?? left;
        var invalid = command.AmountMinor is < 1 ? "A refund is at least 1 minor unit."
            : left == 0 ? $"Nothing is left to refund on {What(command.LineId)}."
            : amount > left ? $"{Minor(amount)} minor units is more than is left to refund on {What(command.LineId)} ({Minor(left)})."
            : null;
        if (invalid is not null)
        {
            return (Invalid(order, "amountMinor", invalid), false);
        }

        // Numbered per order, so the provider's idempotency key is the same whenever this request is retried.
        var number = (order.Refunds?.Count(r => r.GatewayKey is not null) ?? 0) + 1;
        var refundId = $"{order.Id}:r{Minor(number)}";
        var refund = new OrderRefund(refundId, command.LineId, amount, OrderRefundStatus.Requested, now, "refund:" + refundId, command.ClientKey);
        return (new(refund, order), true);
    }

    private static string? StateProblem(OrderView order) => order switch
    {
        { Payment: null } => $"Order {order.Id} has not been paid, so there is nothing to refund.",
        { Dispute.Status: DisputeStatus.Open } => $"Order {order.Id} is disputed; a disputed payment cannot be refunded. Answer the dispute instead.",
        { Dispute.Status: DisputeStatus.Lost } => $"Order {order.Id} lost its dispute; the payment has already gone back to the buyer.",
        _ => null,
    };

    private static RefundRequested Invalid(OrderView order, string field, string problem) => new(null, order, field, problem);

    private static RefundRequested Conflict(OrderView order, string problem) => new(null, order, null, problem);

    private static string What(string? lineId) => lineId is null ? "the order" : $"line {lineId}";

    private static string Minor(long value) => value.ToString(CultureInfo.InvariantCulture);
}
