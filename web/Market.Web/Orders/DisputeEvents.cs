using Market.Payments.Webhooks;

namespace Market.Web.Orders;

/// <summary>
/// The dispute event types, as the sandbox's simulated disputes send them; <see cref="ChargeEvents"/>
/// hands them to the order.
/// </summary>
public static class DisputeEvents
{
    /// <summary>A dispute opened.</summary>
    public const string Created = OrderEventTypes.DisputeCreated;

    /// <summary>A dispute closed; its status says how.</summary>
    public const string Closed = OrderEventTypes.DisputeClosed;
}
