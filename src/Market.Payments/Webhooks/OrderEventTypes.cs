namespace Market.Payments.Webhooks;

/// <summary>The Stripe event types that concern an order.</summary>
public static class OrderEventTypes
{
    /// <summary>The buyer finished checkout; <c>payment_status</c> says whether the money is there yet.</summary>
    public const string CheckoutCompleted = "checkout.session.completed";

    /// <summary>A delayed payment method (bank debit, transfer) settled.</summary>
    public const string AsyncPaymentSucceeded = "checkout.session.async_payment_succeeded";

    /// <summary>A delayed payment method failed.</summary>
    public const string AsyncPaymentFailed = "checkout.session.async_payment_failed";

    /// <summary>Money was refunded on the charge; the event carries the cumulative total.</summary>
    public const string ChargeRefunded = "charge.refunded";

    /// <summary>A dispute opened.</summary>
    public const string DisputeCreated = "charge.dispute.created";

    /// <summary>A dispute closed; its status says how.</summary>
    public const string DisputeClosed = "charge.dispute.closed";
}
