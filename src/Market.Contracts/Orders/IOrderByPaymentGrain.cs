namespace Market.Contracts.Orders;

/// <summary>
/// Leads from a Stripe payment intent (the grain's key) to its order. Disputes name the payment
/// intent and the charge but carry none of the order's metadata, so this is how they find it.
/// </summary>
public interface IOrderByPaymentGrain : IGrainWithStringKey
{
    /// <summary>Records the order paid by this payment intent; linking again is harmless.</summary>
    Task Link(string orderId);

    /// <summary>The order paid by this payment intent, or null.</summary>
    Task<string?> OrderId();
}
