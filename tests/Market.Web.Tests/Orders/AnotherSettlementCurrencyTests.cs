using System.Net.Http.Json;
using System.Text.Json;
using Market.Web.Tests.Api;

namespace Market.Web.Tests.Orders;

/// <summary>A deployment settling in euros: a payment in euros is the order's own currency, not a mismatch.</summary>
public sealed class AnotherSettlementCurrencyTests : IAsyncLifetime
{
    private readonly MarketApp _app = new(new Dictionary<string, string> { ["Stripe:Currency"] = "eur" });

    public Task InitializeAsync() => _app.InitializeAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task AnOrderPaidInTheDeploymentsCurrencyIsFulfilledNotRefunded()
    {
        var (_, artistKey) = await _app.CreateAccountAsync("artist");
        var (_, buyerKey) = await _app.CreateAccountAsync("buyer");
        using var artist = _app.WithKey(artistKey);
        using var buyer = _app.WithKey(buyerKey);
        var work = await MarketApp.CreateWorkAsync(artist, WorkRequests.Valid("Paid in euros"));

        var orderId = await SandboxBuyer.BuyAsync(_app, buyer, work, "standard");

        var order = await buyer.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{orderId}");
        order.GetProperty("status").GetString().ShouldBe("paid");
        order.GetProperty("licenses").EnumerateArray().ShouldHaveSingleItem();
    }
}
