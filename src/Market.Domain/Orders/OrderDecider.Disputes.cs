namespace Market.Domain.Orders;

public static partial class OrderDecider
{
    // A dispute freezes what is left of the order's sales while it is open; lost reverses what is left
    // of every line (within the disputed amount) as refunds of the sales, won releases the freeze.
    private static class Disputes
    {
        public static OrderDecision Open(Order order, OrderCommand.OpenDispute opened)
        {
            if (Problem(order) is { } problem)
            {
                return new OrderDecision([], problem);
            }

            // Known already: a redelivery, or the close overtook it.
            return order.Dispute?.DisputeId == opened.DisputeId
                ? OrderDecision.Nothing
                : OrderDecision.Accept(new OrderEvent.DisputeOpened(opened.DisputeId, opened.AmountMinor, opened.Reason, opened.At));
        }

        public static OrderDecision Close(Order order, OrderCommand.CloseDispute closed)
        {
            if (Problem(order) is { } problem)
            {
                return new OrderDecision([], problem);
            }

            var known = order.Dispute?.DisputeId == closed.DisputeId ? order.Dispute : null;
            if (known is { FreezesEarnings: false })
            {
                return OrderDecision.Nothing;
            }

            var openedAt = known?.OpenedAt ?? closed.At;
            if (!closed.Lost)
            {
                return OrderDecision.Accept(new OrderEvent.DisputeWon(closed.DisputeId, closed.AmountMinor, closed.Reason, openedAt, closed.At, closed.FeeMinor));
            }

            var split = new LineSplit(order);
            var reversed = split.Take(null, Math.Min(closed.AmountMinor, split.LeftMinor));
            return OrderDecision.Accept(new OrderEvent.DisputeLost(
                closed.EventId, closed.DisputeId, closed.AmountMinor, closed.Reason, openedAt, closed.At, closed.FeeMinor, reversed));
        }

        private static OrderRefusal? Problem(Order order) =>
            ChargeEventProblem(order) ?? (order.Stage == OrderStage.PaymentMismatch
                ? new OrderRefusal(OrderRefusalReason.PaymentMismatched, $"Order {order.Id} was paid with the wrong amount and refunded; it has no sale to dispute.")
                : null);
    }
}
