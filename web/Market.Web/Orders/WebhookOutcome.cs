namespace Market.Web.Orders;

/// <summary>What the webhook did with an event: done (recorded, acknowledged), or not yet possible (Stripe retries later).</summary>
/// <param name="Text">For the log and the event record.</param>
/// <param name="RetryLater">True when the event arrived before what it depends on (an order not yet paid): answered 503 and not recorded.</param>
public sealed record WebhookOutcome(string Text, bool RetryLater = false)
{
    /// <summary>Handled, or deliberately ignored.</summary>
    public static WebhookOutcome Done(string text) => new(text);

    /// <summary>Too early: Stripe's retry will find what it needs.</summary>
    public static WebhookOutcome Later(string text) => new(text, RetryLater: true);
}
