using Market.Domain.Ids;
using Market.Payments.Checkout;

namespace Market.Payments.Tests;

/// <summary>Checkout requests for tests: two lines, $20.00 and $5.00.</summary>
internal static class Orders
{
    public static CheckoutRequest Request(string orderId, string site = "https://market.example") => new(
        orderId,
        "buyer@example.com",
        [
            new CheckoutLine(new WorkId("work-a"), "Harbour at dawn", "standard", 2000),
            new CheckoutLine(new WorkId("work-b"), "Fox, generated", "personal", 500),
        ],
        $"{site}/orders/{orderId}/paid?session={{CHECKOUT_SESSION_ID}}",
        $"{site}/orders/{orderId}");

    public static string NewId() => "order-" + Guid.NewGuid().ToString("N")[..12];
}
