using Market.Domain.Money;
using Market.Payments.Fees;

namespace Market.Payments.Sandbox;

/// <summary>Sandbox mode: the card-rate formula of the session's amount, one charge per session.</summary>
internal sealed class SandboxFeeLookup(SandboxSessions sessions) : IPaymentFeeLookup
{
    public async Task<long> FeeForSessionAsync(string sessionOrPaymentIntentId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionOrPaymentIntentId);
        var session = SandboxIds.SessionOf(sessionOrPaymentIntentId) is { } id ? await sessions.LoadAsync(id, cancellationToken) : null;
        if (session is null)
        {
            throw new PaymentException(PaymentErrorKind.Rejected, $"No such checkout session or payment: '{sessionOrPaymentIntentId}'.", "resource_missing");
        }

        return session.Status == SandboxSessionStatus.Paid
            ? PaymentFees.Sandbox(session.AmountTotalMinor)
            : throw new PaymentException(PaymentErrorKind.NotReady, $"Checkout session {session.Id} has not been paid.");
    }
}
