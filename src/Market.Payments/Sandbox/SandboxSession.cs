using Market.Payments.Checkout;

namespace Market.Payments.Sandbox;

/// <summary>What the sandbox checkout page shows and where it sends the buyer next.</summary>
/// <param name="Id">The session id (<c>cs_sandbox_…</c>).</param>
/// <param name="OrderId">The order paid for.</param>
/// <param name="BuyerEmail">The buyer's address, if the order gave one.</param>
/// <param name="Currency">The currency, lowercase (<c>usd</c>).</param>
/// <param name="AmountTotalMinor">The sum of the lines, in minor units.</param>
/// <param name="Lines">The lines, as ordered.</param>
/// <param name="Status">Open, paid or canceled.</param>
/// <param name="SuccessUrl">Where to send the buyer after paying (<c>{CHECKOUT_SESSION_ID}</c> already replaced).</param>
/// <param name="CancelUrl">Where to send the buyer who leaves.</param>
/// <param name="PaymentIntentId">The payment's id once paid (<c>pi_sandbox_…</c>).</param>
/// <param name="CompletedEventId">The id of the <c>checkout.session.completed</c> event once paid.</param>
/// <param name="EventDelivered">True once the site answered that event with 2xx.</param>
public sealed record SandboxSession(
    string Id,
    string OrderId,
    string? BuyerEmail,
    string Currency,
    long AmountTotalMinor,
    IReadOnlyList<CheckoutLine> Lines,
    SandboxSessionStatus Status,
    string SuccessUrl,
    string CancelUrl,
    string? PaymentIntentId,
    string? CompletedEventId,
    bool EventDelivered);
