using System.Globalization;

namespace Market.Domain.Orders;

public static partial class OrderDecider
{
    // A charge.refunded event carries the charge's cumulative amount_refunded, so only what it adds to
    // the order's recorded total is new: a duplicate, or an event overtaken by a later one, adds nothing.
    // The new amount settles the refund whose idempotency key the event echoes first, then other
    // requested refunds in the order they were made; whatever is left was refunded outside Market
    // (Stripe's dashboard) and is spread over the lines.
    private static class RefundMatching
    {
        public static OrderDecision Decide(Order order, OrderCommand.RecordChargeRefund refunded)
        {
            if (ChargeEventProblem(order) is { } problem)
            {
                return new OrderDecision([], problem);
            }

            var added = refunded.AmountRefundedMinor - order.RefundedMinor;
            if (added <= 0)
            {
                return OrderDecision.Nothing;
            }

            // A mismatched payment had no sale: its refund moves no ledger line, only the recorded total.
            IReadOnlyList<AppliedRefund> applied = order.Stage == OrderStage.PaymentMismatch ? [] : Match(order, refunded, added);
            return OrderDecision.Accept(new OrderEvent.ChargeRefunded(refunded.EventId, refunded.AmountRefundedMinor, refunded.At, applied));
        }

        private static List<AppliedRefund> Match(Order order, OrderCommand.RecordChargeRefund refunded, long added)
        {
            var split = new LineSplit(order);
            var applied = new List<AppliedRefund>();
            var requested = order.Refunds.Select((refund, index) => (refund, index))
                .Where(r => r.refund.Stage == RefundStage.Requested)
                .OrderBy(r => r.refund.GatewayKey == refunded.RequestKey ? 0 : 1)
                .ThenBy(r => r.index)
                .Select(r => r.refund);
            foreach (var refund in requested)
            {
                if (refund.AmountMinor > added)
                {
                    continue;
                }

                applied.Add(new AppliedRefund(refund.RefundId, refund.LineId, refund.AmountMinor, split.Take(refund.LineId, refund.AmountMinor), true, $"refund {refund.RefundId}"));
                added -= refund.AmountMinor;
            }

            if (added > 0)
            {
                // Keyed by the cumulative total it brought the charge to: unique per charge, the same on every replay.
                var refundId = string.Create(CultureInfo.InvariantCulture, $"{order.Id}:c{refunded.AmountRefundedMinor}");
                applied.Add(new AppliedRefund(refundId, null, added, split.Take(null, added), false, $"refund made outside Market {refundId}"));
            }

            return applied;
        }
    }
}
