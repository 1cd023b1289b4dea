using System.Text.Json;
using Stripe;

namespace Market.Payments.Webhooks;

/// <summary>
/// Verifies webhook requests (over the raw body, exactly as received) and parses them into Stripe.net
/// events. Events from Stripe and from the sandbox go through this one path. The secret is chosen by
/// the event's top-level <c>account</c> field: a connected account's event (sent to Stripe's Connect
/// endpoint) must verify with the Connect secret, any other with the platform endpoint's secret. An event
/// of another Stripe API version is read, not refused: refusing it would be a permanent 400 that Stripe
/// retries for days while the order waits; its signature is checked all the same, and the fields Market
/// reads (ids, amounts, statuses) are stable across versions.
/// </summary>
public sealed class StripeWebhook
{
    /// <summary>The request header that carries the signature.</summary>
    public const string SignatureHeader = "Stripe-Signature";

    /// <summary>How far, in seconds, a signature's timestamp may be from now: Stripe's recommended 300.</summary>
    public const long ToleranceSeconds = 300;

    private readonly IWebhookSecret _secret;
    private readonly string _connectSecret;
    private readonly TimeProvider _time;

    internal StripeWebhook(IWebhookSecret secret, string connectSecret, TimeProvider time) => (_secret, _connectSecret, _time) = (secret, connectSecret, time);

    /// <summary>
    /// Checks <paramref name="signatureHeader"/> against <paramref name="rawBody"/> and parses the event.
    /// Asynchronous because the sandbox's generated secret is read from the database on first use.
    /// </summary>
    public async Task<WebhookVerification> VerifyAsync(string rawBody, string? signatureHeader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rawBody);
        if (string.IsNullOrWhiteSpace(signatureHeader))
        {
            return WebhookVerification.Rejected(WebhookRejection.MissingSignature, $"The {SignatureHeader} header is missing.");
        }

        string secret;
        if (ConnectedAccount.Of(rawBody) is not { } account)
        {
            secret = await _secret.GetAsync(cancellationToken);
        }
        else if (_connectSecret.Length > 0)
        {
            secret = _connectSecret;
        }
        else
        {
            return WebhookVerification.Rejected(WebhookRejection.BadSignature,
                $"The event is connected account {account}'s, and {PaymentsOptions.SectionName}:{nameof(PaymentsOptions.ConnectWebhookSecret)} (the Connect endpoint's signing secret) is not set.");
        }

        return Verify(rawBody, signatureHeader, secret, _time.GetUtcNow().ToUnixTimeSeconds());
    }

    internal static WebhookVerification Verify(string rawBody, string signatureHeader, string secret, long now)
    {
        try
        {
            var stripeEvent = EventUtility.ConstructEvent(rawBody, signatureHeader, secret, ToleranceSeconds, now, throwOnApiVersionMismatch: false);
            return WebhookVerification.Accepted(stripeEvent);
        }
        catch (StripeException exception)
        {
            return Classify(rawBody, signatureHeader, secret, now, exception);
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException or FormatException or OverflowException or NotSupportedException)
        {
            // Only reachable once the signature matched: the signer sent something that is not an event.
            return WebhookVerification.Rejected(WebhookRejection.Malformed, $"The body is not a Stripe event: {exception.Message}");
        }
    }

    // Stripe.net reports signature and age problems with one exception type; asking again with the
    // age check relaxed tells them apart without parsing its messages.
    private static WebhookVerification Classify(string rawBody, string signatureHeader, string secret, long now, StripeException failure) =>
        Passes(() => EventUtility.ValidateSignature(rawBody, signatureHeader, secret, long.MaxValue, now))
            ? WebhookVerification.Rejected(WebhookRejection.StaleTimestamp, $"{failure.Message} (tolerance {ToleranceSeconds} s)")
            : WebhookVerification.Rejected(WebhookRejection.BadSignature, failure.Message);

    private static bool Passes(Action check)
    {
        try
        {
            check();
            return true;
        }
        catch (Exception exception) when (exception is StripeException or FormatException or OverflowException)
        {
            return false;
        }
    }
}
