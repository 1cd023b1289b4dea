namespace Market.Payments.Sandbox;

/// <summary>The address a node serves Market on, as its host knows it from its own configuration (its listening addresses).</summary>
public interface ILocalSite
{
    /// <summary>The origin (scheme, host, port) to reach this node's site at; null when the node serves no site.</summary>
    Uri? Origin { get; }
}

/// <summary>
/// Where the sandbox posts its signed events: <c>Stripe:SandboxWebhookUrl</c>, or this node's own site
/// at <see cref="PaymentRoutes.Webhook"/>. Never an address taken from a request: a Host header (or a
/// checkout's success URL built from one) would let a caller send signed events anywhere.
/// </summary>
public sealed class SandboxWebhookTarget(PaymentsOptions options, ILocalSite? site = null)
{
    /// <summary>The webhook's address.</summary>
    /// <exception cref="InvalidOperationException">Neither the setting nor a local site gives one (a headless silo without the setting).</exception>
    public Uri Url =>
        options.SandboxWebhookUrl.Length > 0 ? new Uri(options.SandboxWebhookUrl)
        : site?.Origin is { } origin ? new Uri(origin, PaymentRoutes.Webhook)
        : throw new InvalidOperationException(
            $"{PaymentsOptions.SectionName}:{nameof(PaymentsOptions.SandboxWebhookUrl)} is not set and this node serves no site: set it to Market's {PaymentRoutes.Webhook} address.");
}
