using System.ComponentModel.DataAnnotations;

namespace Market.Payments;

/// <summary>
/// Stripe settings (section <c>Stripe</c>, environment <c>Stripe__SecretKey</c> and so on). With no
/// secret key Market runs in sandbox mode: local checkout, refunds and signed Stripe-format events
/// (in Production only when <see cref="PaymentsModeOptions"/> chooses it).
/// </summary>
public sealed class PaymentsOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Stripe";

    /// <summary>The secret API key (<c>sk_…</c> or restricted <c>rk_…</c>); empty means sandbox mode.</summary>
    public string SecretKey { get; set; } = "";

    /// <summary>
    /// The webhook endpoint's signing secret (<c>whsec_…</c>). Required in Stripe mode; in sandbox mode
    /// optional, and when empty one is generated once and shared by every node through the database.
    /// </summary>
    public string WebhookSecret { get; set; } = "";

    /// <summary>
    /// The Connect webhook endpoint's signing secret (<c>whsec_…</c>): Stripe signs connected accounts'
    /// events (such as <c>account.updated</c>, which enables payout accounts) with it, not with
    /// <see cref="WebhookSecret"/>. Empty refuses every connected account's event.
    /// </summary>
    public string ConnectWebhookSecret { get; set; } = "";

    /// <summary>Another base address for Stripe's API, such as a local fake; empty means Stripe's own.</summary>
    public string ApiBase { get; set; } = "";

    /// <summary>The deployment's one settlement currency, as Stripe spells it (lowercase ISO 4217).</summary>
    public string Currency { get; set; } = "usd";

    /// <summary>How often Stripe.net retries a call that failed for a transient reason (same idempotency key).</summary>
    [Range(0, 10)]
    public int MaxNetworkRetries { get; set; } = 2;

    /// <summary>How long one call to Stripe may take before it counts as failed and is retried (Stripe.net's own default is 80 s).</summary>
    [Range(1, 600)]
    public int RequestTimeoutSeconds { get; set; } = 80;

    /// <summary>
    /// Sandbox only: where sandbox events are posted. Empty means this node's own site (its listening
    /// address) at <see cref="PaymentRoutes.Webhook"/>; a node that serves no site needs it set.
    /// </summary>
    public string SandboxWebhookUrl { get; set; } = "";

    /// <summary>
    /// Stripe mode: the origins Stripe's pages are served from, separated by spaces (hosted checkout,
    /// Connect onboarding). A form post that Stripe answers with a redirect there (checkout from the
    /// cart, payout-account onboarding) needs them in the content security policy's <c>form-action</c>.
    /// </summary>
    public string RedirectOrigins { get; set; } = "https://checkout.stripe.com https://connect.stripe.com";

    /// <summary><see cref="RedirectOrigins"/> as a list.</summary>
    public IReadOnlyList<string> RedirectOriginList => RedirectOrigins.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>True when no secret key is configured: payments never leave this deployment.</summary>
    public bool IsSandbox => string.IsNullOrWhiteSpace(SecretKey);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        PaymentsOptionsRules.Check(this).Select(problem => new ValidationResult(problem.Message, [problem.Member]));
}
