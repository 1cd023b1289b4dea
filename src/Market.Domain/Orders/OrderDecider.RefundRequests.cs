using System.Globalization;

namespace Market.Domain.Orders;

public static partial class OrderDecider
{
    // Whether an admin's refund may go to the provider, and for how much (DESIGN 2.4). Nothing reaches
    // the ledger here: the provider's charge.refunded event does that.
    private static class RefundRequests
    {
        public static OrderDecision Decide(Order order, OrderCommand.RequestRefund command, DateTimeOffset now)
        {
            if (command.ClientKey is { Length: > 0 } key && order.RefundWithClientKey(key) is { } earlier)
            {
                var same = earlier.LineId == command.LineId && (command.AmountMinor is null || command.AmountMinor == earlier.AmountMinor);
                return same ? OrderDecision.Nothing : OrderDecision.Refuse(
                    OrderRefusalReason.ClientKeyReused,
                    Text($"Idempotency-Key '{key}' was already used for a refund of {earlier.AmountMinor} minor units of {What(earlier.LineId)}."));
            }

            if (StateProblem(order) is { } problem)
            {
                return new OrderDecision([], problem);
            }

            if (command.LineId is { } lineId && order.Lines.All(l => l.LineId != lineId))
            {
                var lines = string.Join(", ", order.Lines.Select(l => l.LineId));
                return OrderDecision.Refuse(OrderRefusalReason.UnknownLine, $"Order {order.Id} has no line '{lineId}'; its lines are {lines}.", "lineId");
            }

            var left = command.LineId is { } line ? order.RefundableMinorOf(line) : order.RefundableMinor;
            var amount = command.AmountMinor ?? left;
            if (command.AmountMinor is < 1)
            {
                return OrderDecision.Refuse(OrderRefusalReason.AmountTooSmall, "A refund is at least 1 minor unit.", "amountMinor");
            }

            if (left == 0)
            {
                return OrderDecision.Refuse(OrderRefusalReason.NothingLeft, $"Nothing is left to refund on {What(command.LineId)}.", "amountMinor");
            }

            if (amount > left)
            {
                return OrderDecision.Refuse(
                    OrderRefusalReason.AmountOverRemaining,
                    Text($"{amount} minor units is more than is left to refund on {What(command.LineId)} ({left})."),
                    "amountMinor");
            }

            // Numbered per order, so the provider's idempotency key is the same whenever this request is retried.
            var number = order.Refunds.Count(r => r.GatewayKey is not null) + 1;
            var refundId = Text($"{order.Id}:r{number}");
            var refund = new Refund(refundId, command.LineId, amount, RefundStage.Requested, now, "refund:" + refundId, command.ClientKey);
            return OrderDecision.Accept(new OrderEvent.RefundRequested(refund));
        }

        private static OrderRefusal? StateProblem(Order order) => order switch
        {
            { Stage: OrderStage.PaymentMismatch } => new(
                OrderRefusalReason.PaymentMismatched, $"Order {order.Id} was paid with the wrong amount; the whole payment is refunded already."),
            { Stage: not OrderStage.Paid } => new(OrderRefusalReason.NotPaid, $"Order {order.Id} has not been paid, so there is nothing to refund."),
            { Dispute.Stage: DisputeStage.Open } => new(
                OrderRefusalReason.Disputed, $"Order {order.Id} is disputed; a disputed payment cannot be refunded. Answer the dispute instead."),
            { Dispute.Stage: DisputeStage.Lost } => new(
                OrderRefusalReason.DisputeLost, $"Order {order.Id} lost its dispute; the payment has already gone back to the buyer."),
            _ => null,
        };

        private static string What(string? lineId) => lineId is null ? "the order" : $"line {lineId}";

        private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
