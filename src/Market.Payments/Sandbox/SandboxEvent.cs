namespace Market.Payments.Sandbox;

/// <summary>A Stripe-format event built by the sandbox, ready to sign and post.</summary>
/// <param name="Id">The event id (<c>evt_sandbox_…</c>): the webhook handler dedupes on it.</param>
/// <param name="Type">The event type, such as <c>checkout.session.completed</c>.</param>
/// <param name="Payload">The exact JSON body; its signature covers these bytes.</param>
public sealed record SandboxEvent(string Id, string Type, string Payload);
