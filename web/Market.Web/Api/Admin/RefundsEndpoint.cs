using Market.Contracts.Orders;
using Market.Payments.Refunds;
using Market.Web.Orders;

namespace Market.Web.Api.Admin;

/// <summary>
/// <c>POST /api/v1/admin/orders/{id}/refunds</c> <c>{lineId?, amountMinor?}</c>: refunds a line or the
/// whole order, all that is left when no amount is given. An <c>Idempotency-Key</c> header makes a
/// retry find the first refund. 200 when the refund is already on the ledger, 202 while Stripe's
/// event is awaited; 400 names <c>lineId</c> or <c>amountMinor</c>; 409 when the order cannot be refunded.
/// </summary>
public static class RefundsEndpoint
{
    /// <summary>The request body.</summary>
    public sealed record Request(string? LineId, long? AmountMinor);

    /// <summary>A line with what it has returned and what it can still return.</summary>
    public sealed record LineView(string LineId, string WorkId, long PriceMinor, long RefundedMinor, long RefundableMinor);

    /// <summary>The answer: the refund and its order as they stand.</summary>
    public sealed record Response(
        string RefundId, string OrderId, string? LineId, long AmountMinor, string Status,
        string OrderStatus, long OrderRefundedMinor, long OrderRefundableMinor, IReadOnlyList<LineView> Lines);

    /// <summary>Handles the call.</summary>
    public static async Task<IResult> Handle(string id, HttpRequest http, IGrainFactory grains, IRefundGateway gateway)
    {
        var (request, problem) = await ApiBody.ReadAsync<Request>(http);
        if (problem is not null) return problem;
        var outcome = await OrderRefunding.RefundAsync(
            grains, gateway, id, request!.LineId, request.AmountMinor, http.Headers["Idempotency-Key"].ToString(), http.HttpContext.RequestAborted);
        return outcome switch
        {
            { Field: { } field, StatusCode: StatusCodes.Status400BadRequest } => Problems.Field(field, outcome.Problem!),
            { StatusCode: StatusCodes.Status404NotFound } => Problems.NotFound(outcome.Problem!),
            { Refund: { } refund, Order: { } order, Problem: null } => Results.Json(ViewOf(refund, order), statusCode: outcome.StatusCode),
            _ => Results.Problem(statusCode: outcome.StatusCode, title: "The order was not refunded", detail: outcome.Problem),
        };
    }

    private static Response ViewOf(OrderRefund refund, OrderView order)
    {
        var amounts = order.Amounts ?? throw new InvalidOperationException($"Order {order.Id} came without its amounts.");
        return new(
            refund.RefundId, order.Id, refund.LineId, refund.AmountMinor, refund.Status, order.Status, amounts.ReturnedMinor, amounts.RefundableMinor,
            [.. order.Lines.Select(l => new LineView(l.LineId, l.WorkId, l.PriceMinor, amounts.Of(l.LineId).ReturnedMinor, amounts.Of(l.LineId).RefundableMinor))]);
    }
}
