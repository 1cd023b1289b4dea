using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Market.Web.Tests.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace Market.Web.Tests.Orders;

/// <summary>The sandbox is never run by accident and never sends a buyer or its events off the site (DW6 of issue 20).</summary>
public sealed class SandboxCheckoutStaysOnMarket(MarketApp app) : IClassFixture<MarketApp>
{
    [Fact]
    public async Task ACheckoutWhoseReturnAddressIsAnotherSiteIsRefusedAndNothingIsPaid()
    {
        var (_, artistKey) = await app.CreateAccountAsync("artist");
        var (_, buyerKey) = await app.CreateAccountAsync("buyer");
        using var artist = app.WithKey(artistKey);
        using var buyer = app.WithKey(buyerKey);
        var work = await MarketApp.CreateWorkAsync(artist, WorkRequests.Valid());
        // The order is placed with a forged Host header: its success and cancel addresses name that host.
        using var forged = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders") { Content = JsonContent.Create(new { items = new[] { new { workId = work, tier = "personal" } } }) };
        forged.Headers.Host = "shop.attacker.invalid";
        var placed = await buyer.SendAsync(forged);
        placed.StatusCode.ShouldBe(HttpStatusCode.Created, await placed.Content.ReadAsStringAsync());
        var body = await placed.Content.ReadFromJsonAsync<JsonElement>();
        var (orderId, checkoutPath) = (body.GetProperty("orderId").GetString()!, new Uri(body.GetProperty("checkoutUrl").GetString()!).AbsolutePath);
        var (_, honestCheckout, _) = await SandboxBuyer.OrderAsync(buyer, (await MarketApp.CreateWorkAsync(artist, WorkRequests.Valid()), "personal"));
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
        var token = FormTokens.From(await browser.GetStringAsync(new Uri(honestCheckout).AbsolutePath));

        var page = await browser.GetAsync(checkoutPath);
        var pay = await browser.PostAsync($"{checkoutPath}?handler=Pay", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        page.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await page.Content.ReadAsStringAsync()).ShouldContain("shop.attacker.invalid");
        pay.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        pay.Headers.Location.ShouldBeNull();
        (await buyer.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{orderId}")).GetProperty("status").GetString().ShouldNotBe("paid");
    }

    [Fact]
    public void ProductionWithoutAStripeKeyOrAnExplicitSandboxFailsAtStartNamingTheSetting()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment(Environments.Production);
            web.UseSetting("urls", "http://127.0.0.1:0");
            web.UseSetting("Market:Store:ConnectionString", app.Database.ConnectionString);
            web.UseSetting("Market:Admin:ApiKey", MarketApp.AdminKey);
        });

        var failure = Should.Throw<Exception>(() => factory.CreateClient());

        failure.ToString().ShouldContain("Market:Payments:Mode");
    }
}
