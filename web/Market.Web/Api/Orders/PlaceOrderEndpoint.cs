using System.Security.Claims;
using Market.Web.Orders;

namespace Market.Web.Api.Orders;

/// <summary><c>POST /api/v1/orders</c>: a buyer orders licenses and gets the checkout URL to pay at.</summary>
public static class PlaceOrderEndpoint
{
    /// <summary>The request body.</summary>
    public sealed record Request(List<OrderItem>? Items);

    /// <summary>The answer.</summary>
    public sealed record Response(string OrderId, long AmountMinor, string? CheckoutUrl, string Status);

    /// <summary>Handles the call. An <c>Idempotency-Key</c> header makes retries return the first order.</summary>
    public static async Task<IResult> Handle(HttpRequest http, ClaimsPrincipal user, OrderPlacement placement)
    {
        var (request, problem) = await ApiBody.ReadAsync<Request>(http);
        if (problem is not null) return problem;
        var site = new Uri($"{http.Scheme}://{http.Host}");
        var result = await placement.PlaceAsync(
            user.FindFirstValue(ApiKeyAuthentication.PartyClaim)!, request!.Items, IdempotencyKey.Of(http), site, http.HttpContext.RequestAborted);
        if (result.Order is not { } order) return Problems.Validation(result.Errors);
        if (result.PaymentProblem is { } message)
            return Results.Problem(statusCode: StatusCodes.Status502BadGateway, title: "The payment provider refused the checkout", detail: message);
        return Results.Created($"/api/v1/orders/{order.Id}", new Response(order.Id, order.AmountMinor, order.CheckoutUrl, order.Status));
    }
}
