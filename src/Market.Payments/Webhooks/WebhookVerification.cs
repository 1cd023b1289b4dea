using Stripe;

namespace Market.Payments.Webhooks;

/// <summary>The outcome of <see cref="StripeWebhook.VerifyAsync"/>: an event, or why there is none.</summary>
/// <param name="Event">The verified, parsed event; null when rejected.</param>
/// <param name="Rejection">Why it was rejected, or <see cref="WebhookRejection.None"/>.</param>
/// <param name="Message">A sentence for the log and the 400 response.</param>
public sealed record WebhookVerification(Event? Event, WebhookRejection Rejection, string Message)
{
    /// <summary>True when the event is authentic, recent and parsed.</summary>
    public bool IsValid => Event is not null;

    internal static WebhookVerification Accepted(Event stripeEvent) => new(stripeEvent, WebhookRejection.None, "Verified.");

    internal static WebhookVerification Rejected(WebhookRejection rejection, string message) => new(null, rejection, message);
}
