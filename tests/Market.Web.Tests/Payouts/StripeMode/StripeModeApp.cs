using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Market.Grains.Payouts;
using Market.Web.Tests.Api;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Market.Web.Tests.Payouts.StripeMode;

/// <summary>
/// Market in Stripe mode against <see cref="StripeConnectFake"/>, with no hold window, a fake payout-run
/// clock tests move forward (Stripe's key memory follows it; the silo keeps the real one) and the payout crash seam; sales are paid by signed <c>checkout.session.completed</c> events.
/// </summary>
public sealed class StripeModeApp : IAsyncLifetime
{
    internal const string WebhookSecret = "whsec_payouts_stripe_mode";

    /// <summary>The Connect endpoint's own signing secret: Stripe signs connected accounts' events with it, not <see cref="WebhookSecret"/>.</summary>
    internal const string ConnectWebhookSecret = "whsec_payouts_connect_endpoint";

    /// <summary>The Stripe secret key the app is configured with.</summary>
    internal const string SecretKey = "sk_test_payouts";

    public StripeModeApp()
        : this(_ => { }, new Dictionary<string, string>())
    {
    }

    /// <summary>The same app with more services added after its own (e.g. a log capture) and more settings.</summary>
    internal StripeModeApp(Action<IServiceCollection> moreServices, IReadOnlyDictionary<string, string> moreSettings)
    {
        Stripe = new StripeConnectFake(Clock);
        App = new MarketApp(
            new Dictionary<string, string>(moreSettings)
            {
                ["Market:Payouts:HoldDays"] = "0",
                ["Stripe:SecretKey"] = SecretKey,
                ["Stripe:WebhookSecret"] = WebhookSecret,
                ["Stripe:ConnectWebhookSecret"] = ConnectWebhookSecret,
                ["Stripe:ApiBase"] = Stripe.Server.Url!,
                ["Stripe:MaxNetworkRetries"] = "0",
                ["Stripe:RedirectOrigins"] = $"{StripeConnectFake.CheckoutOrigin} {StripeConnectFake.ConnectOrigin}",
            },
            services =>
            {
                services.AddKeyedSingleton<TimeProvider>(PayoutRunGrain.ClockKey, Clock);
                services.AddSingleton<IPayoutRunInterruptions>(Crash);
                moreServices(services);
            });
    }

    /// <summary>The app.</summary>
    public MarketApp App { get; }

    internal StripeConnectFake Stripe { get; }

    internal FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    internal PayoutCrash Crash { get; } = new();

    /// <inheritdoc />
    public Task InitializeAsync() => App.InitializeAsync();

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        Stripe.Dispose();
    }

    /// <summary>A new artist whose work a buyer has bought for <paramref name="priceMinor"/>, paid through Stripe's webhook.</summary>
    internal async Task<Seller> SoldArtistAsync(long priceMinor)
    {
        var (artist, key) = await App.CreateAccountAsync("artist");
        using var client = App.WithKey(key);
        var work = await MarketApp.CreateWorkAsync(client, WorkRequests.WithOffers(WorkRequests.Valid("Stripe-mode piece"), ("personal", priceMinor)));
        var (_, buyerKey) = await App.CreateAccountAsync("buyer");
        using var buyer = App.WithKey(buyerKey);
        var placed = await buyer.PostAsJsonAsync("/api/v1/orders", new { items = new[] { new { workId = work, tier = "personal" } } });
        placed.StatusCode.ShouldBe(HttpStatusCode.Created, await placed.Content.ReadAsStringAsync());
        var order = await placed.Content.ReadFromJsonAsync<JsonElement>();
        var orderId = order.GetProperty("orderId").GetString()!;
        var amount = order.GetProperty("amountMinor").GetInt64();
        Stripe.Settled("pi_" + orderId, amount);
        var session = new JsonObject
        {
            ["id"] = "cs_test_" + orderId,
            ["object"] = "checkout.session",
            ["client_reference_id"] = orderId,
            ["payment_status"] = "paid",
            ["status"] = "complete",
            ["mode"] = "payment",
            ["payment_intent"] = "pi_" + orderId,
            ["amount_total"] = amount,
            ["currency"] = "usd",
        };
        (await DeliverAsync("checkout.session.completed", session)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return new Seller(artist, key);
    }

    /// <summary>Posts a platform event of <paramref name="type"/> about <paramref name="dataObject"/>, signed with the platform endpoint's secret.</summary>
    public Task<HttpResponseMessage> DeliverAsync(string type, JsonObject dataObject) => PostSignedAsync(type, dataObject, null, WebhookSecret);

    /// <summary>
    /// Posts connected account <paramref name="accountId"/>'s event as Stripe's Connect endpoint does: with
    /// the top-level <c>account</c> field, signed with <paramref name="secret"/> (the Connect secret unless a test forges one).
    /// </summary>
    public Task<HttpResponseMessage> DeliverConnectAsync(string accountId, string type, JsonObject dataObject, string secret = ConnectWebhookSecret) =>
        PostSignedAsync(type, dataObject, accountId, secret);

    private async Task<HttpResponseMessage> PostSignedAsync(string type, JsonObject dataObject, string? accountId, string secret)
    {
        var now = DateTimeOffset.UtcNow;
        var payload = new JsonObject
        {
            ["id"] = "evt_" + Guid.NewGuid().ToString("N")[..24],
            ["object"] = "event",
            ["api_version"] = global::Stripe.StripeConfiguration.ApiVersion,
            ["created"] = now.ToUnixTimeSeconds(),
            ["data"] = new JsonObject { ["object"] = dataObject },
            ["livemode"] = false,
            ["pending_webhooks"] = 1,
            ["request"] = new JsonObject { ["id"] = null, ["idempotency_key"] = null },
            ["type"] = type,
        };
        if (accountId is not null)
        {
            payload["account"] = accountId;
        }

        var body = payload.ToJsonString();
        using var client = App.Anonymous();
        using var content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        content.Headers.Add("Stripe-Signature", global::Stripe.EventUtility.GenerateSignatureHeader(body, secret, now.ToUnixTimeSeconds()));
        return await client.PostAsync("/webhooks/stripe", content);
    }

    /// <summary>Opens the seller's payout account through the API (a Connect Express account at the fake).</summary>
    internal async Task<JsonElement> ConnectAsync(Seller seller)
    {
        using var client = App.WithKey(seller.ApiKey);
        var response = await client.PostAsync($"/api/v1/accounts/{seller.Id}/payout-account", null);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The seller's balance through the API.</summary>
    internal async Task<JsonElement> BalanceAsync(Seller seller)
    {
        using var client = App.WithKey(seller.ApiKey);
        return await client.GetFromJsonAsync<JsonElement>($"/api/v1/accounts/{seller.Id}/balance");
    }

    /// <summary>Starts or resumes run <paramref name="runId"/> through the admin API.</summary>
    public async Task<HttpResponseMessage> RunAsync(string runId)
    {
        using var admin = App.WithKey(MarketApp.AdminKey);
        return await admin.PostAsJsonAsync("/api/v1/admin/payout-runs", new { runId });
    }

    /// <summary>Asserts the admin ledger check finds nothing wrong.</summary>
    public async Task LedgerIsCleanAsync()
    {
        using var admin = App.WithKey(MarketApp.AdminKey);
        var check = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/ledger/check");
        check.GetProperty("ok").GetBoolean().ShouldBeTrue(check.ToString());
    }
}

/// <summary>An artist with sales, and the key to act as them.</summary>
internal sealed record Seller(string Id, string ApiKey);
