using Market.Domain.Orders;

namespace Market.Payments.Webhooks;

/// <summary>
/// A Stripe event as the order decider's command, with what finds the order: its id when the event
/// carries it (a checkout's <c>client_reference_id</c>, the <c>orderId</c> metadata a charge inherits
/// from its payment intent), else the payment intent, which disputes name and the order recorded when it was paid.
/// </summary>
/// <param name="OrderId">The order's id, when the event names it.</param>
/// <param name="PaymentIntentId">The payment intent, when the event names one.</param>
/// <param name="Command">What to ask of the order.</param>
public sealed record TranslatedOrderEvent(string? OrderId, string? PaymentIntentId, OrderCommand Command);
