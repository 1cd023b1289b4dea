namespace Market.Domain.Orders;

/// <summary>Where an order's payment stands. Refunded and disputed are read from its refunds and dispute (<see cref="Order.Status"/>).</summary>
public enum OrderStage
{
    /// <summary>Placed, waiting for payment (or for a delayed payment method to settle).</summary>
    Pending,

    /// <summary>Paid: royalties posted, licenses issued.</summary>
    Paid,

    /// <summary>Paid with another amount or currency than the order's: nothing fulfilled, the payment refunded in full.</summary>
    PaymentMismatch,

    /// <summary>A delayed payment failed: nothing was paid and the order is over.</summary>
    Closed,
}

/// <summary>The order statuses as the API and pages show them (DESIGN section 4, plus mismatch and closed).</summary>
public static class OrderStatusNames
{
    /// <summary>Placed, waiting for payment.</summary>
    public const string Pending = "pending";

    /// <summary>Paid.</summary>
    public const string Paid = "paid";

    /// <summary>Everything paid has gone back to the buyer.</summary>
    public const string Refunded = "refunded";

    /// <summary>A dispute is open, or was lost.</summary>
    public const string Disputed = "disputed";

    /// <summary>Paid with the wrong amount or currency; refunded in full.</summary>
    public const string PaymentMismatch = "paymentMismatch";

    /// <summary>A delayed payment failed.</summary>
    public const string Closed = "closed";
}
