namespace Market.Payments.Sandbox;

/// <summary>
/// Sends a session's stored event to the site and records that it arrived, so a repeated Pay or
/// refund re-sends only what never got through.
/// </summary>
internal sealed class SandboxDelivery(SandboxSessions sessions, SandboxEventEmitter emitter, SandboxWebhookTarget target, TimeProvider time)
{
    /// <summary>Delivers <paramref name="record"/> unless it already was; returns the session as stored afterwards.</summary>
    public async Task<SandboxSessionDocument> EnsureDeliveredAsync(
        SandboxSessionDocument session, SandboxEventRecord record, string type, CancellationToken cancellationToken)
    {
        if (record.DeliveredAt is not null)
        {
            return session;
        }

        var delivered = await emitter.DeliverAsync(new SandboxEvent(record.Id, type, record.Payload), target.Url, cancellationToken);
        if (!delivered)
        {
            return session;
        }

        var now = time.GetUtcNow();
        return await sessions.ChangeAsync(session.Id, stored => MarkDelivered(stored, record.Id, now), cancellationToken) ?? session;
    }

    private static bool MarkDelivered(SandboxSessionDocument session, string eventId, DateTimeOffset now)
    {
        var record = session.CompletedEvent?.Id == eventId
            ? session.CompletedEvent
            : session.Refunds.Select(refund => refund.Event).FirstOrDefault(e => e.Id == eventId);
        if (record is null || record.DeliveredAt is not null)
        {
            return false;
        }

        record.DeliveredAt = now;
        return true;
    }
}
