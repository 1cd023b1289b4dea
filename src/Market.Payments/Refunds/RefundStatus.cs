namespace Market.Payments.Refunds;

/// <summary>Where a refund stands, in Stripe's vocabulary.</summary>
public enum RefundStatus
{
    /// <summary>Submitted, not final yet (also any state Stripe adds later).</summary>
    Pending,

    /// <summary>The money is on its way back to the buyer.</summary>
    Succeeded,

    /// <summary>The refund failed; the money stays with the platform.</summary>
    Failed,

    /// <summary>The refund was canceled.</summary>
    Canceled,

    /// <summary>The buyer must act (some payment methods) before the refund proceeds.</summary>
    RequiresAction,
}
