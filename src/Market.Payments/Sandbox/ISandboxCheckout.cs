namespace Market.Payments.Sandbox;

/// <summary>
/// What the sandbox checkout page (<see cref="PaymentRoutes.SandboxCheckoutPage"/>) needs. In Stripe mode
/// every method answers null, so the page answers 404.
/// </summary>
public interface ISandboxCheckout
{
    /// <summary>The session, or null when there is none with this id.</summary>
    Task<SandboxSession?> GetAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Pays an open session and posts the signed <c>checkout.session.completed</c> event to the site,
    /// retrying a few times with backoff before answering. Idempotent: paying a paid session changes
    /// nothing and re-sends the same event (same id and body, fresh signature) only if it was never
    /// delivered. A canceled session is returned unchanged. Null when there is no such session.
    /// </summary>
    Task<SandboxSession?> PayAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>Cancels an open session (the buyer left); a paid one is returned unchanged. Null when there is no such session.</summary>
    Task<SandboxSession?> CancelAsync(string sessionId, CancellationToken cancellationToken = default);
}
