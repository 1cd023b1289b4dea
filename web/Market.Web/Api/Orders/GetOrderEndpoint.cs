using System.Security.Claims;
using Market.Contracts.Orders;
using Market.Domain.Parties;

namespace Market.Web.Api.Orders;

/// <summary><c>GET /api/v1/orders/{id}</c>: the order's status, lines and licenses, for its buyer (and admins).</summary>
public static class GetOrderEndpoint
{
    /// <summary>The answer.</summary>
    public sealed record Response(string Id, string Status, long AmountMinor, IReadOnlyList<OrderLine> Lines, IReadOnlyList<string> Licenses, string? CheckoutUrl, DateTimeOffset PlacedAt, DateTimeOffset? PaidAt);

    /// <summary>Handles the call; someone else's order is not found.</summary>
    public static async Task<IResult> Handle(string id, ClaimsPrincipal user, IGrainFactory grains)
    {
        var order = await grains.GetGrain<IOrderGrain>(id).Get();
        if (order is null || (order.BuyerId != user.FindFirstValue(ApiKeyAuthentication.PartyClaim) && !user.IsInRole(Roles.Admin)))
            return Problems.NotFound($"No order of yours has id '{id}'.");
        return Results.Ok(new Response(order.Id, order.Status, order.AmountMinor, order.Lines, order.LicenseIds ?? [], order.CheckoutUrl, order.PlacedAt, order.Payment?.PaidAt));
    }
}
