using Market.Contracts.Orders;
using Market.Payments;
using Market.Payments.Refunds;

namespace Market.Web.Orders;

/// <summary>How an admin's refund came out, for the API and the admin page alike.</summary>
/// <param name="Refund">The refund, when one was made or found.</param>
/// <param name="Order">The order as it stands afterwards.</param>
/// <param name="StatusCode">200 recorded, 202 sent and awaiting Stripe's event, 400 bad input, 404, 409 the order's state forbids it, 502/503 the provider.</param>
/// <param name="Field">The request field at fault, for a 400.</param>
/// <param name="Problem">What went wrong.</param>
public sealed record RefundOutcome(OrderRefund? Refund, OrderView? Order, int StatusCode, string? Field = null, string? Problem = null);

/// <summary>
/// An admin refunds an order or one of its lines (DESIGN 2.4): the order's decider checks it against
/// what is left and the order records it as requested (a refusal keeps its reason's status), then the provider is asked under the request's own idempotency
/// key. The ledger moves only when the provider's <c>charge.refunded</c> event arrives (the sandbox
/// sends it before answering). Repeating the command with the same client key never refunds twice.
/// </summary>
public static class OrderRefunding
{
    /// <summary>Refunds <paramref name="amountMinor"/> (all that is left when null) of the order or of <paramref name="lineId"/>.</summary>
    public static async Task<RefundOutcome> RefundAsync(
        IGrainFactory grains, IRefundGateway gateway, string orderId, string? lineId, long? amountMinor, string? clientKey, CancellationToken cancellationToken)
    {
        var grain = grains.GetGrain<IOrderGrain>(orderId);
        var asked = await grain.RequestRefund(new RequestRefund(lineId, amountMinor, string.IsNullOrWhiteSpace(clientKey) ? null : clientKey));
        if (asked.Refused is { } refused)
        {
            var status = OrderRefusals.StatusOf(refused);
            return new(null, asked.Order, status, refused.Field, status == StatusCodes.Status404NotFound ? $"No order has id '{orderId}'." : refused.Message);
        }

        var refund = asked.Refund ?? throw new InvalidOperationException($"Order {orderId} neither refused nor recorded the refund.");

        if (refund.Status == OrderRefundStatus.Requested)
        {
            var payment = asked.Order?.Payment ?? throw new InvalidOperationException($"Order {orderId} accepted a refund without a payment.");
            try
            {
                await gateway.RefundAsync(payment.PaymentIntentId ?? payment.SessionId, refund.AmountMinor, refund.GatewayKey!, cancellationToken);
            }
            catch (PaymentException e) when (e.Kind == PaymentErrorKind.Rejected)
            {
                var order = await grain.RefundFailed(refund.RefundId, e.Message);
                return e.Code == "amount_too_large"
                    ? new(refund, order, StatusCodes.Status400BadRequest, "amountMinor", e.Message)
                    : new(refund, order, StatusCodes.Status502BadGateway, Problem: $"The payment provider refused the refund: {e.Message}");
            }
            catch (PaymentException e)
            {
                // The outcome is unknown: the refund stays requested, and a retry with the same key cannot refund twice.
                return new(refund, asked.Order, StatusCodes.Status503ServiceUnavailable, Problem: $"The payment provider did not answer ({e.Message}); repeat the request with the same Idempotency-Key.");
            }
        }

        var now = (await grain.Get())!;
        var current = now.Refunds?.FirstOrDefault(r => r.RefundId == refund.RefundId) ?? refund;
        return current.Status switch
        {
            OrderRefundStatus.Succeeded => new(current, now, StatusCodes.Status200OK),
            OrderRefundStatus.Failed => new(current, now, StatusCodes.Status502BadGateway, Problem: $"The payment provider refused the refund: {current.Problem}"),
            _ => new(current, now, StatusCodes.Status202Accepted),
        };
    }
}
