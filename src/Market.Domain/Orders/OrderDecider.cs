namespace Market.Domain.Orders;

/// <summary>
/// The order's rules as a pure decider: <see cref="Decide"/> turns a command and the current state into
/// events or a refusal, <see cref="Evolve"/> folds an event into the state. Every command is idempotent:
/// a repeat (the same payment, refund or dispute event delivered twice) decides no events.
/// </summary>
public static partial class OrderDecider
{
    /// <summary>
    /// What <paramref name="command"/> does to <paramref name="order"/> (null before it is placed);
    /// <paramref name="now"/> stamps what Stripe did not (placement, refund requests).
    /// </summary>
    public static OrderDecision Decide(Order? order, OrderCommand command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command is OrderCommand.Place place)
        {
            return order is null ? Placing.Decide(place, now) : OrderDecision.Nothing;
        }

        if (order is null)
        {
            return OrderDecision.Refuse(OrderRefusalReason.NotPlaced, "No order has been placed under this id.");
        }

        return command switch
        {
            OrderCommand.AttachCheckout attach => AttachCheckout(order, attach),
            OrderCommand.ConfirmPayment payment => Payments.Confirm(order, payment),
            OrderCommand.NoteUnpaidCompletion => OrderDecision.Nothing,
            OrderCommand.FailPayment failed => Payments.Fail(order, failed),
            OrderCommand.RequestRefund request => RefundRequests.Decide(order, request, now),
            OrderCommand.FailRefund failed => FailRefund(order, failed),
            OrderCommand.RecordChargeRefund refunded => RefundMatching.Decide(order, refunded),
            OrderCommand.OpenDispute opened => Disputes.Open(order, opened),
            OrderCommand.CloseDispute closed => Disputes.Close(order, closed),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Not an order command."),
        };
    }

    private static OrderDecision AttachCheckout(Order order, OrderCommand.AttachCheckout attach)
    {
        if (order.CheckoutSessionId == attach.SessionId && order.CheckoutUrl == attach.Url)
        {
            return OrderDecision.Nothing;
        }

        return order.Stage == OrderStage.Pending
            ? OrderDecision.Accept(new OrderEvent.CheckoutAttached(attach.SessionId, attach.Url))
            : OrderDecision.Refuse(OrderRefusalReason.NotPending, $"Order {order.Id} is {order.Status}; it takes no new checkout.");
    }

    private static OrderDecision FailRefund(Order order, OrderCommand.FailRefund failed) => order.RefundWithId(failed.RefundId) switch
    {
        null => OrderDecision.Refuse(OrderRefusalReason.UnknownRefund, $"Order {order.Id} has no refund '{failed.RefundId}'.", "refundId"),
        { Stage: RefundStage.Requested } => OrderDecision.Accept(new OrderEvent.RefundFailed(failed.RefundId, failed.Problem)),
        _ => OrderDecision.Nothing,
    };

    // Charge events (refunds, disputes) need a payment to be about; before it they come again later.
    internal static OrderRefusal? ChargeEventProblem(Order order) => order.Stage switch
    {
        OrderStage.Pending => new(OrderRefusalReason.PaymentNotYetRecorded, $"Order {order.Id} has no payment recorded yet."),
        OrderStage.Closed => new(OrderRefusalReason.PaymentFailed, $"Order {order.Id} was closed when its payment failed; nothing was charged."),
        _ => null,
    };
}
