using Market.Contracts.Orders;
using Market.Domain.Orders;

namespace Market.Web.Orders;

/// <summary>The HTTP status of a command the order refused, chosen from the decider's reason.</summary>
public static class OrderRefusals
{
    /// <summary>404 when there is no such order, 400 when the request is at fault (the field is named), 409 when the order's state forbids it.</summary>
    public static int StatusOf(OrderRefused refused)
    {
        ArgumentNullException.ThrowIfNull(refused);
        return refused.Why switch
        {
            OrderRefusalReason.NotPlaced => StatusCodes.Status404NotFound,
            _ when refused.Field is not null => StatusCodes.Status400BadRequest,
            _ => StatusCodes.Status409Conflict,
        };
    }
}
