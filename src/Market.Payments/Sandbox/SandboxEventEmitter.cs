using System.Text;
using System.Text.Json.Nodes;
using Market.Payments.Webhooks;
using Microsoft.Extensions.Logging;
using Stripe;

namespace Market.Payments.Sandbox;

/// <summary>
/// Builds Stripe-format events, signs them with the webhook secret the verifier uses, and posts them
/// to the site the way Stripe does: <c>Stripe-Signature</c> header, a fresh signature per attempt, a
/// few attempts with backoff. Retrying beyond that, durably across restarts, is a later concern: an
/// undelivered event is kept with its session and re-sent when the same action is repeated.
/// </summary>
public sealed class SandboxEventEmitter
{
    // Stripe keeps retrying for days; the sandbox answers a waiting buyer, so it gives up in seconds.
    private static readonly TimeSpan[] Backoff = [TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)];
    private static readonly HttpClient Http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
    {
        Timeout = TimeSpan.FromSeconds(10),
    };

    private readonly IWebhookSecret _secret;
    private readonly TimeProvider _time;
    private readonly ILogger<SandboxEventEmitter> _logger;

    internal SandboxEventEmitter(IWebhookSecret secret, TimeProvider time, ILogger<SandboxEventEmitter> logger) =>
        (_secret, _time, _logger) = (secret, time, logger);

    /// <summary>
    /// An event of <paramref name="type"/> around <paramref name="dataObject"/>, stamped with Stripe.net's
    /// API version so the verifier parses it like any Stripe event.
    /// </summary>
    /// <param name="type">The event type, such as <c>charge.refunded</c>.</param>
    /// <param name="dataObject">The API object the event is about (<c>data.object</c>).</param>
    /// <param name="idempotencyKey">The key of the request that caused it (<c>request.idempotency_key</c>), if any.</param>
    public SandboxEvent Create(string type, JsonObject dataObject, string? idempotencyKey = null)
    {
        var id = SandboxIds.NewEvent();
        var envelope = new JsonObject
        {
            ["id"] = id,
            ["object"] = "event",
            ["api_version"] = StripeConfiguration.ApiVersion,
            ["created"] = _time.GetUtcNow().ToUnixTimeSeconds(),
            ["data"] = new JsonObject { ["object"] = dataObject },
            ["livemode"] = false,
            ["pending_webhooks"] = 1,
            ["request"] = new JsonObject { ["id"] = null, ["idempotency_key"] = idempotencyKey },
            ["type"] = type,
        };
        return new SandboxEvent(id, type, envelope.ToJsonString());
    }

    /// <summary>Posts <paramref name="stripeEvent"/> to <paramref name="webhookUrl"/>; true once it is answered with 2xx.</summary>
    public async Task<bool> DeliverAsync(SandboxEvent stripeEvent, Uri webhookUrl, CancellationToken cancellationToken = default)
    {
        var secret = await _secret.GetAsync(cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            var failure = await TryPostAsync(stripeEvent, webhookUrl, secret, cancellationToken);
            if (failure is null)
            {
                return true;
            }

            _logger.LogWarning("Sandbox event {EventId} ({Type}) to {Url}, attempt {Attempt}: {Failure}", stripeEvent.Id, stripeEvent.Type, webhookUrl, attempt + 1, failure);
            if (attempt == Backoff.Length)
            {
                return false;
            }

            await Task.Delay(Backoff[attempt], _time, cancellationToken);
        }
    }

    private async Task<string?> TryPostAsync(SandboxEvent stripeEvent, Uri webhookUrl, string secret, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, webhookUrl);
        request.Content = new StringContent(stripeEvent.Payload, Encoding.UTF8, "application/json");
        var timestamp = _time.GetUtcNow().ToUnixTimeSeconds();
        request.Headers.Add(StripeWebhook.SignatureHeader, EventUtility.GenerateSignatureHeader(stripeEvent.Payload, secret, timestamp));
        try
        {
            using var response = await Http.SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
        }
        catch (Exception exception) when (exception is HttpRequestException || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return exception.Message;
        }
    }
}
