namespace Market.Payments.Checkout;

/// <summary>A checkout the buyer is sent to.</summary>
/// <param name="SessionId">Stripe's <c>cs_…</c> id, or the sandbox's <c>cs_sandbox_…</c>.</param>
/// <param name="Url">The absolute address of the hosted (or sandbox) checkout page.</param>
public sealed record CheckoutSession(string SessionId, string Url);
