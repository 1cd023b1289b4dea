using System.Diagnostics;
using Market.Benchmarks.Api;
using Market.Payments.Sandbox;

namespace Market.Benchmarks.Orders;

/// <summary>One buyer of the orders benchmark: orders the piece, then pays as Stripe's sandbox stand-in would report it.</summary>
public sealed class Buyer(HttpClient client, SplitPiece piece, ISandboxCheckout sandbox)
{
    /// <summary>Places one order and pays it; returns once the webhook has fulfilled it (or throws), with the time each half took.</summary>
    public async Task<(string OrderId, TimeSpan Placing, TimeSpan Paying)> BuyAsync()
    {
        var clock = Stopwatch.StartNew();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { items = new[] { new { workId = piece.WorkId, tier = piece.Tier } } }),
        };
        // A fresh key per order: without one, the same buyer ordering the same item finds its open order again.
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        using var response = await client.SendAsync(request);
        var order = await BenchApi.ReadAsync(response, "POST /api/v1/orders");
        var checkoutUrl = new Uri(order.GetProperty("checkoutUrl").GetString()!);
        var sessionId = Uri.UnescapeDataString(checkoutUrl.Segments[^1]);
        var placing = clock.Elapsed;
        // The sandbox's Pay: marks the session paid, signs the event with the stored webhook secret and
        // posts it to /webhooks/stripe, returning after the 2xx — i.e. after the allocation committed.
        var session = await sandbox.PayAsync(sessionId) ?? throw new InvalidOperationException($"Checkout session {sessionId} vanished.");
        if (!session.EventDelivered)
        {
            throw new InvalidOperationException($"The webhook did not accept the completion of order {session.OrderId}; see the app's log.");
        }

        return (order.GetProperty("orderId").GetString()!, placing, clock.Elapsed - placing);
    }

    /// <summary>The order's status as its buyer reads it through the API.</summary>
    public async Task<string?> StatusAsync(string orderId) =>
        (await BenchApi.GetAsync(client, $"/api/v1/orders/{orderId}")).GetProperty("status").GetString();
}
