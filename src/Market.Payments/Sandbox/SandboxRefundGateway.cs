using Market.Payments.Refunds;

namespace Market.Payments.Sandbox;

/// <summary>
/// Sandbox mode: records the refund on its session under the caller's idempotency key, then posts
/// <c>charge.refunded</c>. Refunds succeed at once, as card refunds usually do in Stripe's test mode.
/// </summary>
internal sealed class SandboxRefundGateway(SandboxSessions sessions, SandboxDelivery delivery, SandboxEventEmitter emitter, TimeProvider time)
    : IRefundGateway
{
    private const string RefundedType = "charge.refunded";

    public async Task<RefundReceipt> RefundAsync(
        string paymentIntentId, long amountMinor, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        RefundArguments.Check(paymentIntentId, amountMinor, idempotencyKey);
        var sessionId = paymentIntentId.StartsWith("pi_", StringComparison.Ordinal) ? SandboxIds.SessionOf(paymentIntentId) : null;
        var now = time.GetUtcNow();
        SandboxRefundRecord? refund = null;
        var session = sessionId is null ? null : await sessions.ChangeAsync(sessionId, stored => Refund(stored, amountMinor, idempotencyKey, now, out refund), cancellationToken);
        if (session is null || refund is null)
        {
            throw new PaymentException(PaymentErrorKind.Rejected, $"No such payment_intent: '{paymentIntentId}'.", "resource_missing");
        }

        await delivery.EnsureDeliveredAsync(session, refund.Event, RefundedType, cancellationToken);
        return new RefundReceipt(refund.Id, refund.AmountMinor, RefundStatus.Succeeded);
    }

    private bool Refund(SandboxSessionDocument session, long amountMinor, string idempotencyKey, DateTimeOffset now, out SandboxRefundRecord refund)
    {
        if (session.Refunds.Find(r => r.IdempotencyKey == idempotencyKey) is { } earlier)
        {
            refund = earlier.AmountMinor == amountMinor ? earlier : throw RefundArguments.KeyReused(idempotencyKey, earlier.AmountMinor, amountMinor);
            return false;
        }

        if (session.Status != SandboxSessionStatus.Paid)
        {
            throw new PaymentException(PaymentErrorKind.Rejected, $"Payment {SandboxIds.PaymentIntentOf(session.Id)} has no successful charge to refund.", "charge_not_refundable");
        }

        var left = session.AmountTotalMinor - session.AmountRefundedMinor;
        if (amountMinor > left)
        {
            // Stripe's own wording, so both modes show the same thing.
            throw new PaymentException(PaymentErrorKind.Rejected, $"Refund amount ({amountMinor}) is greater than unrefunded amount on charge ({left}).", "amount_too_large");
        }

        refund = new SandboxRefundRecord { Id = SandboxIds.NewRefund(), IdempotencyKey = idempotencyKey, AmountMinor = amountMinor, CreatedAt = now };
        session.Refunds.Add(refund);
        var refunded = emitter.Create(RefundedType, SandboxObjects.Charge(session), idempotencyKey);
        refund.Event = new SandboxEventRecord { Id = refunded.Id, Payload = refunded.Payload };
        return true;
    }
}
