using Market.Payments.Tests.StripeApi;
using Market.Payments.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Stripe.Checkout;

namespace Market.Payments.Tests.Webhooks;

/// <summary>Only authentic, recent, parseable events get through; each rejection says why.</summary>
public sealed class WebhookSignatures
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 12, 0, 0, TimeSpan.Zero);
    private readonly StripeWebhook _webhook;

    public WebhookSignatures()
    {
        var settings = new Dictionary<string, string?> { ["Stripe:SecretKey"] = StripeFake.SecretKey, ["Stripe:WebhookSecret"] = StripeFake.WebhookSecret };
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(new FakeTimeProvider(Now))
            .AddMarketPayments(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        _webhook = services.BuildServiceProvider().GetRequiredService<StripeWebhook>();
    }

    [Fact]
    public async Task AValidSignatureIsAcceptedAndTheEventParsed()
    {
        var body = SignedEvents.CheckoutCompleted("order-51");

        var result = await _webhook.VerifyAsync(body, SignedEvents.Sign(body, StripeFake.WebhookSecret, Now.AddSeconds(-10)));

        result.IsValid.ShouldBeTrue(result.Message);
        result.Event!.Type.ShouldBe("checkout.session.completed");
        var session = result.Event.Data.Object.ShouldBeOfType<Session>();
        session.ClientReferenceId.ShouldBe("order-51");
        session.AmountTotal.ShouldBe(2500);
        session.Metadata["orderId"].ShouldBe("order-51");
    }

    [Fact]
    public async Task AModifiedBodyIsRejected()
    {
        var body = SignedEvents.CheckoutCompleted("order-52");
        var header = SignedEvents.Sign(body, StripeFake.WebhookSecret, Now);

        var result = await _webhook.VerifyAsync(body.Replace("2500", "25", StringComparison.Ordinal), header);

        result.Rejection.ShouldBe(WebhookRejection.BadSignature);
        result.Event.ShouldBeNull();
    }

    [Fact]
    public async Task AnotherSecretsSignatureIsRejected()
    {
        var body = SignedEvents.CheckoutCompleted("order-53");

        var result = await _webhook.VerifyAsync(body, SignedEvents.Sign(body, "whsec_someone_else", Now));

        result.Rejection.ShouldBe(WebhookRejection.BadSignature);
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public async Task ATimestampMoreThan300SecondsAwayIsRejected(int offsetSeconds)
    {
        var body = SignedEvents.CheckoutCompleted("order-54");

        var result = await _webhook.VerifyAsync(body, SignedEvents.Sign(body, StripeFake.WebhookSecret, Now.AddSeconds(offsetSeconds)));

        result.Rejection.ShouldBe(WebhookRejection.StaleTimestamp);
    }

    [Fact]
    public async Task ATimestampJustWithin300SecondsIsAccepted()
    {
        var body = SignedEvents.CheckoutCompleted("order-55");

        var result = await _webhook.VerifyAsync(body, SignedEvents.Sign(body, StripeFake.WebhookSecret, Now.AddSeconds(-300)));

        result.IsValid.ShouldBeTrue(result.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("t=1,v0=abc")]
    [InlineData("garbage")]
    public async Task AMissingOrMalformedHeaderIsRejected(string? header)
    {
        var result = await _webhook.VerifyAsync(SignedEvents.CheckoutCompleted("order-56"), header);

        result.IsValid.ShouldBeFalse();
        result.Rejection.ShouldBeOneOf(WebhookRejection.MissingSignature, WebhookRejection.BadSignature);
    }

    [Fact]
    public async Task AnEventOfAnotherApiReleaseIsReadNotRefused()
    {
        var body = SignedEvents.CheckoutCompleted("order-57", apiVersion: "2020-08-27");

        var result = await _webhook.VerifyAsync(body, SignedEvents.Sign(body, StripeFake.WebhookSecret, Now));

        result.IsValid.ShouldBeTrue(result.Message);
        result.Event!.ApiVersion.ShouldBe("2020-08-27");
        result.Event.Data.Object.ShouldBeOfType<Session>().ClientReferenceId.ShouldBe("order-57");
    }

    [Fact]
    public async Task AnEventOfAnotherApiReleaseStillNeedsAValidSignature()
    {
        var body = SignedEvents.CheckoutCompleted("order-58", apiVersion: "2020-08-27");

        var result = await _webhook.VerifyAsync(body, SignedEvents.Sign(body, "whsec_someone_else", Now));

        result.Rejection.ShouldBe(WebhookRejection.BadSignature);
    }

    [Fact]
    public async Task ASignedBodyThatIsNotAnEventIsMalformed()
    {
        const string body = "{\"id\": ";

        var result = await _webhook.VerifyAsync(body, SignedEvents.Sign(body, StripeFake.WebhookSecret, Now));

        result.Rejection.ShouldBe(WebhookRejection.Malformed);
    }
}
