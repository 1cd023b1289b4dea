using System.Diagnostics.Metrics;

namespace Market.Web.Orders;

/// <summary>Stripe webhook outcomes (meter <c>Market.Web</c>): refused, duplicate, deferred or handled, by event type.</summary>
public static class WebhookMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "Market.Web";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Webhooks = Meter.CreateCounter<long>("market.webhooks", "{event}", "Stripe webhook deliveries by outcome.");

    /// <summary>Counts one delivery.</summary>
    public static void Record(string outcome, string? eventType = null) =>
        Webhooks.Add(1, new KeyValuePair<string, object?>("outcome", outcome), new KeyValuePair<string, object?>("type", eventType ?? "unknown"));
}
