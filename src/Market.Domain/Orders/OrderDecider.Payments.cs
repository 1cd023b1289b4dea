using System.Globalization;

namespace Market.Domain.Orders;

public static partial class OrderDecider
{
    // A payment either fulfils the order (exactly its amount and currency) or is refunded whole: a
    // charge of the wrong amount must not credit anyone, and must not be left with the platform either.
    private static class Payments
    {
        public static OrderDecision Confirm(Order order, OrderCommand.ConfirmPayment command)
        {
            if (order.Stage != OrderStage.Pending)
            {
                // The same payment again (a redelivery, or succeeded after completed): fulfilled or refunded once already.
                return OrderDecision.Nothing;
            }

            var currency = command.Currency.ToLowerInvariant();
            var payment = new ReceivedPayment(
                command.EventId, command.SessionId, command.PaymentIntentId, command.AmountMinor, currency, command.FeeMinor ?? 0, command.PaidAt);
            if (command.AmountMinor != order.AmountMinor || currency != order.Currency)
            {
                var refund = new RefundDue(RefundDue.MismatchKeyOf(order.Id), command.AmountMinor, currency);
                return OrderDecision.Accept(new OrderEvent.PaymentMismatched(payment, refund));
            }

            if (command.FeeMinor is not { } fee || fee < 0)
            {
                return OrderDecision.Refuse(
                    OrderRefusalReason.FeeUnknown, $"The payment of order {order.Id} needs Stripe's processing fee before it can be fulfilled.", "feeMinor");
            }

            return OrderDecision.Accept(new OrderEvent.Paid(payment));
        }

        public static OrderDecision Fail(Order order, OrderCommand.FailPayment command) => order.Stage switch
        {
            OrderStage.Pending => OrderDecision.Accept(new OrderEvent.PaymentFailed(command.EventId, command.SessionId, command.At)),
            OrderStage.Closed => OrderDecision.Nothing,
            _ => OrderDecision.Refuse(
                OrderRefusalReason.NotPending,
                string.Create(CultureInfo.InvariantCulture, $"Order {order.Id} is {order.Status}; a failed payment cannot close it.")),
        };
    }
}
