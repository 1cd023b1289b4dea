using Market.Domain.Orders;

namespace Market.Contracts.Orders;

/// <summary>What an order answered a command with: the order as it stands, or why it refused.</summary>
/// <param name="Order">The order after the command; null when no order has the id.</param>
/// <param name="Refused">Why the order refused the command, or null when it took it (or it changed nothing).</param>
[GenerateSerializer, Immutable, Alias("market.order-answer")]
public sealed record OrderAnswer([property: Id(0)] OrderView? Order, [property: Id(1)] OrderRefused? Refused = null);

/// <summary>
/// A command the order decider refused (<see cref="OrderRefusal"/> on the wire). <c>Reason</c> carries the
/// <see cref="OrderRefusalReason"/>'s name, so callers choose their answer (an HTTP status, a retry) from it.
/// </summary>
/// <param name="Reason">The name of the rule that refused it.</param>
/// <param name="Message">A sentence for people, naming the order and the figures.</param>
/// <param name="Field">The command field at fault (bad input), or null when the order's state forbids it.</param>
[GenerateSerializer, Immutable, Alias("market.order-refused")]
public sealed record OrderRefused([property: Id(0)] string Reason, [property: Id(1)] string Message, [property: Id(2)] string? Field = null)
{
    /// <summary>The rule that refused it.</summary>
    public OrderRefusalReason Why => Enum.Parse<OrderRefusalReason>(Reason);

    /// <summary>The wire form of <paramref name="refusal"/>.</summary>
    public static OrderRefused Of(OrderRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return new(refusal.Reason.ToString(), refusal.Message, refusal.Field);
    }
}

/// <summary>What went back to the buyer and what can still be refunded, as the order decider reckons it.</summary>
/// <param name="ReturnedMinor">Returned for the whole order: refunds that succeeded and a lost dispute.</param>
/// <param name="RefundableMinor">What the whole order can still be refunded (requested refunds count as gone).</param>
/// <param name="Lines">The same per line, in the order's line order.</param>
[GenerateSerializer, Immutable, Alias("market.order-amounts")]
public sealed record OrderAmounts(
    [property: Id(0)] long ReturnedMinor,
    [property: Id(1)] long RefundableMinor,
    [property: Id(2)] IReadOnlyList<LineAmounts> Lines)
{
    /// <summary>The line's figures; zeros for a line the order does not have.</summary>
    public LineAmounts Of(string lineId) => Lines.FirstOrDefault(l => l.LineId == lineId) ?? new LineAmounts(lineId, 0, 0);
}

/// <summary>One line's part of <see cref="OrderAmounts"/>.</summary>
/// <param name="LineId">The line.</param>
/// <param name="ReturnedMinor">What the line returned to the buyer.</param>
/// <param name="RefundableMinor">What the line can still be refunded, within what the order has left.</param>
[GenerateSerializer, Immutable, Alias("market.line-amounts")]
public sealed record LineAmounts([property: Id(0)] string LineId, [property: Id(1)] long ReturnedMinor, [property: Id(2)] long RefundableMinor);
