namespace Market.Payments.Sandbox;

/// <summary>Sandbox mode's checkout page actions: show, pay (emitting the completion event), cancel.</summary>
internal sealed class SandboxCheckout(SandboxSessions sessions, SandboxDelivery delivery, SandboxEventEmitter emitter, TimeProvider time)
    : ISandboxCheckout
{
    private const string CompletedType = "checkout.session.completed";

    public async Task<SandboxSession?> GetAsync(string sessionId, CancellationToken cancellationToken = default) =>
        (await sessions.LoadAsync(sessionId, cancellationToken))?.ToView();

    public async Task<SandboxSession?> PayAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var session = await sessions.ChangeAsync(sessionId, stored => Pay(stored, now), cancellationToken);
        if (session?.CompletedEvent is { } completed)
        {
            // Written before it is sent: if the post fails, paying again re-sends this same event.
            session = await delivery.EnsureDeliveredAsync(session, completed, CompletedType, cancellationToken);
        }

        return session?.ToView();
    }

    public async Task<SandboxSession?> CancelAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        var session = await sessions.ChangeAsync(sessionId, Cancel, cancellationToken);
        return session?.ToView();
    }

    private bool Pay(SandboxSessionDocument session, DateTimeOffset now)
    {
        if (session.Status != SandboxSessionStatus.Open)
        {
            return false;
        }

        session.Status = SandboxSessionStatus.Paid;
        session.PaidAt = now;
        var completed = emitter.Create(CompletedType, SandboxObjects.CheckoutSession(session));
        session.CompletedEvent = new SandboxEventRecord { Id = completed.Id, Payload = completed.Payload };
        return true;
    }

    private static bool Cancel(SandboxSessionDocument session)
    {
        if (session.Status != SandboxSessionStatus.Open)
        {
            return false;
        }

        session.Status = SandboxSessionStatus.Canceled;
        return true;
    }
}
