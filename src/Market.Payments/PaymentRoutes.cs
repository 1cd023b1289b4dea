namespace Market.Payments;

/// <summary>The site paths the payments adapter relies on; the web host maps them.</summary>
public static class PaymentRoutes
{
    /// <summary>Where Stripe, and the sandbox in its place, posts signed events.</summary>
    public const string Webhook = "/webhooks/stripe";

    /// <summary>The sandbox's hosted-checkout stand-in; <c>{sessionId}</c> is the session id.</summary>
    public const string SandboxCheckoutPage = "/sandbox/checkout/{sessionId}";

    /// <summary>The sandbox checkout page of one session, relative to the site.</summary>
    public static string SandboxCheckoutPageOf(string sessionId) =>
        SandboxCheckoutPage.Replace("{sessionId}", Uri.EscapeDataString(sessionId), StringComparison.Ordinal);
}
