namespace Market.Web.Orders;

/// <summary>What the webhook did with an event: done (recorded, acknowledged), or not yet possible (Stripe retries later).</summary>
/// <param name="Text">For the log and the event record.</param>
/// <param name="RetryLater">True when the event arrived before what it depends on (an order not yet paid): answered 503 and not recorded.</param>
/// <param name="Claimed">True when the effect's own commit already claimed the event (a paid order's fulfilment): nothing more to record.</param>
/// <param name="Duplicate">True when the event had already been handled: acknowledged as a duplicate.</param>
public sealed record WebhookOutcome(string Text, bool RetryLater = false, bool Claimed = false, bool Duplicate = false)
{
    /// <summary>Handled, or deliberately ignored.</summary>
    public static WebhookOutcome Done(string text) => new(text);

    /// <summary>Too early: Stripe's retry will find what it needs.</summary>
    public static WebhookOutcome Later(string text) => new(text, RetryLater: true);

    /// <summary>Handled, and the event claimed in the same commit as its effect.</summary>
    public static WebhookOutcome CommittedWithClaim(string text) => new(text, Claimed: true);

    /// <summary>Handled before: a redelivery.</summary>
    public static WebhookOutcome Redelivered(string text) => new(text, Claimed: true, Duplicate: true);
}
