namespace Market.Domain.Orders;

/// <summary>Why the order refused a command.</summary>
public enum OrderRefusalReason
{
    /// <summary>No order has been placed under this id.</summary>
    NotPlaced,

    /// <summary>The placement itself is wrong (<see cref="OrderRefusal.Field"/> says where).</summary>
    InvalidPlacement,

    /// <summary>The order is no longer waiting for payment.</summary>
    NotPending,

    /// <summary>The order has not been paid, so there is nothing to refund.</summary>
    NotPaid,

    /// <summary>An event about the charge arrived before the payment did: a redelivery later will find it.</summary>
    PaymentNotYetRecorded,

    /// <summary>A matching payment arrived without its processing fee.</summary>
    FeeUnknown,

    /// <summary>The payment did not match the order; it is refunded in full and nothing else applies.</summary>
    PaymentMismatched,

    /// <summary>The delayed payment failed; the order is closed.</summary>
    PaymentFailed,

    /// <summary>An open dispute forbids it.</summary>
    Disputed,

    /// <summary>The dispute was lost: the payment went back to the buyer already.</summary>
    DisputeLost,

    /// <summary>The caller's idempotency key was used for another refund.</summary>
    ClientKeyReused,

    /// <summary>The order has no such line.</summary>
    UnknownLine,

    /// <summary>The amount is below one minor unit.</summary>
    AmountTooSmall,

    /// <summary>Nothing is left to refund.</summary>
    NothingLeft,

    /// <summary>The amount is more than is left to refund.</summary>
    AmountOverRemaining,

    /// <summary>The order has no refund with that id.</summary>
    UnknownRefund,
}

/// <summary>A command the order refused, and why: a value, never an exception.</summary>
/// <param name="Reason">The rule that refused it.</param>
/// <param name="Message">A sentence for people, naming the order and the figures.</param>
/// <param name="Field">The command field at fault (bad input), or null when the order's state forbids it.</param>
public sealed record OrderRefusal(OrderRefusalReason Reason, string Message, string? Field = null)
{
    /// <summary>True when the input is at fault rather than the order's state.</summary>
    public bool IsBadInput => Field is not null;
}

/// <summary>The outcome of <see cref="OrderDecider.Decide"/>: events (none when the command changes nothing, e.g. a repeat) or a refusal.</summary>
public sealed record OrderDecision(IReadOnlyList<OrderEvent> Events, OrderRefusal? Refusal)
{
    /// <summary>Nothing to do: the command was already applied, or has no effect.</summary>
    public static OrderDecision Nothing { get; } = new([], null);

    /// <summary>True when the order refused the command.</summary>
    public bool IsRefused => Refusal is not null;

    /// <summary>The command's events.</summary>
    public static OrderDecision Accept(params OrderEvent[] events) => new(events, null);

    /// <summary>A refusal for a reason the order's state gives.</summary>
    public static OrderDecision Refuse(OrderRefusalReason reason, string message, string? field = null) => new([], new OrderRefusal(reason, message, field));
}
