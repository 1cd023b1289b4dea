namespace Market.Domain.Orders;

public static partial class OrderDecider
{
    /// <summary>The order after <paramref name="happened"/>; <paramref name="order"/> is null before it was placed.</summary>
    public static Order Evolve(Order? order, OrderEvent happened)
    {
        ArgumentNullException.ThrowIfNull(happened);
        if (happened is OrderEvent.Placed placed)
        {
            return new Order { Id = placed.OrderId, BuyerId = placed.BuyerId, Currency = placed.Currency, Lines = placed.Lines, PlacedAt = placed.At };
        }

        var current = order ?? throw new InvalidOperationException($"{happened.GetType().Name} happened to an order that was never placed.");
        return happened switch
        {
            OrderEvent.CheckoutAttached attached => current with { CheckoutSessionId = attached.SessionId, CheckoutUrl = attached.Url },
            OrderEvent.Paid paid => current with { Stage = OrderStage.Paid, Payment = paid.Payment },
            OrderEvent.PaymentMismatched mismatched => current with
            {
                Stage = OrderStage.PaymentMismatch, Payment = mismatched.Payment, MismatchRefund = mismatched.Refund,
            },
            OrderEvent.PaymentFailed failed => current with { Stage = OrderStage.Closed, ClosedAt = failed.At },
            OrderEvent.RefundRequested requested => current with { Refunds = [.. current.Refunds, requested.Refund] },
            OrderEvent.RefundFailed failed => WithRefund(current, failed.RefundId, r => r with { Stage = RefundStage.Failed, Problem = failed.Problem }),
            OrderEvent.ChargeRefunded refunded => ChargeRefunded(current, refunded),
            OrderEvent.DisputeOpened opened => current with
            {
                Dispute = new ChargeDispute(opened.DisputeId, opened.AmountMinor, opened.Reason, DisputeStage.Open, opened.At),
            },
            OrderEvent.DisputeWon won => current with
            {
                Dispute = new ChargeDispute(won.DisputeId, won.AmountMinor, won.Reason, DisputeStage.Won, won.OpenedAt, won.At, won.FeeMinor),
            },
            OrderEvent.DisputeLost lost => current with
            {
                Dispute = new ChargeDispute(lost.DisputeId, lost.AmountMinor, lost.Reason, DisputeStage.Lost, lost.OpenedAt, lost.At, lost.FeeMinor, lost.Reversed),
            },
            _ => throw new ArgumentOutOfRangeException(nameof(happened), happened.GetType().Name, "Not an order event."),
        };
    }

    /// <summary>The order after each of <paramref name="events"/> in turn.</summary>
    public static Order? Fold(Order? order, IEnumerable<OrderEvent> events) => events.Aggregate(order, (state, e) => Evolve(state, e));

    private static Order ChargeRefunded(Order order, OrderEvent.ChargeRefunded refunded)
    {
        var refunds = order.Refunds.ToList();
        foreach (var applied in refunded.Applied)
        {
            var index = refunds.FindIndex(r => r.RefundId == applied.RefundId);
            if (index >= 0)
            {
                refunds[index] = refunds[index] with { Stage = RefundStage.Succeeded, Applied = applied.Lines, EventId = refunded.EventId };
            }
            else
            {
                refunds.Add(new Refund(applied.RefundId, applied.LineId, applied.AmountMinor, RefundStage.Succeeded, refunded.At, Applied: applied.Lines, EventId: refunded.EventId));
            }
        }

        return order with { Refunds = refunds, RefundedMinor = refunded.RefundedMinor };
    }

    private static Order WithRefund(Order order, string refundId, Func<Refund, Refund> change) =>
        order with { Refunds = [.. order.Refunds.Select(r => r.RefundId == refundId ? change(r) : r)] };
}
