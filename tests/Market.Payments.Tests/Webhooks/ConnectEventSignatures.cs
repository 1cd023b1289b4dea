using Market.Payments.Tests.StripeApi;
using Market.Payments.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Stripe;

namespace Market.Payments.Tests.Webhooks;

/// <summary>
/// A connected account's event (top-level <c>account</c>) verifies only with the Connect endpoint's
/// secret; a platform event only with the platform endpoint's. One path picks the secret.
/// </summary>
public sealed class ConnectEventSignatures
{
    private const string ConnectSecret = "whsec_connect_endpoint";
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 12, 0, 0, TimeSpan.Zero);

    private static readonly string AccountUpdated = $$"""
        {"id": "evt_connect_1", "object": "event", "account": "acct_123", "api_version": "{{StripeConfiguration.ApiVersion}}",
         "created": 1767225600, "livemode": false, "pending_webhooks": 1, "type": "account.updated",
         "data": {"object": {"id": "acct_123", "object": "account", "payouts_enabled": true} } }
        """;

    [Fact]
    public async Task AConnectedAccountsEventVerifiesWithTheConnectSecret()
    {
        var result = await Webhook(ConnectSecret).VerifyAsync(AccountUpdated, SignedEvents.Sign(AccountUpdated, ConnectSecret, Now));

        result.IsValid.ShouldBeTrue(result.Message);
        result.Event!.Account.ShouldBe("acct_123");
    }

    [Fact]
    public async Task AConnectedAccountsEventSignedWithThePlatformSecretIsRejected()
    {
        var result = await Webhook(ConnectSecret).VerifyAsync(AccountUpdated, SignedEvents.Sign(AccountUpdated, StripeFake.WebhookSecret, Now));

        result.Rejection.ShouldBe(WebhookRejection.BadSignature);
    }

    [Fact]
    public async Task APlatformEventSignedWithTheConnectSecretIsRejected()
    {
        var body = SignedEvents.CheckoutCompleted("order-61");

        var result = await Webhook(ConnectSecret).VerifyAsync(body, SignedEvents.Sign(body, ConnectSecret, Now));

        result.Rejection.ShouldBe(WebhookRejection.BadSignature);
    }

    [Fact]
    public async Task WithoutAConnectSecretAConnectedAccountsEventIsRejectedNamingTheSetting()
    {
        var result = await Webhook("").VerifyAsync(AccountUpdated, SignedEvents.Sign(AccountUpdated, StripeFake.WebhookSecret, Now));

        result.Rejection.ShouldBe(WebhookRejection.BadSignature);
        result.Message.ShouldContain("Stripe:ConnectWebhookSecret");
    }

    private static StripeWebhook Webhook(string connectSecret)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Stripe:SecretKey"] = StripeFake.SecretKey,
            ["Stripe:WebhookSecret"] = StripeFake.WebhookSecret,
            ["Stripe:ConnectWebhookSecret"] = connectSecret,
        };
        return new ServiceCollection()
            .AddSingleton<TimeProvider>(new FakeTimeProvider(Now))
            .AddMarketPayments(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider()
            .GetRequiredService<StripeWebhook>();
    }
}
