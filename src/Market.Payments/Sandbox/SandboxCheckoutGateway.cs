using Market.Payments.Checkout;

namespace Market.Payments.Sandbox;

/// <summary>
/// Sandbox mode: a stored session whose page lives on the site the buyer came from. One session per
/// order, as the <c>checkout:{orderId}</c> idempotency key gives in Stripe mode.
/// </summary>
internal sealed class SandboxCheckoutGateway(SandboxSessions sessions, PaymentsOptions options, TimeProvider time) : ICheckoutGateway
{
    public async Task<CheckoutSession> CreateSessionAsync(CheckoutRequest request, CancellationToken cancellationToken = default)
    {
        request.Validate();
        var stored = await sessions.InsertOrGetAsync(NewSession(request), cancellationToken);
        if (!stored.Matches(request))
        {
            throw new PaymentException(
                PaymentErrorKind.Rejected,
                $"Order {request.OrderId} was already checked out with other lines or addresses; an idempotent request must repeat its parameters.",
                "idempotency_error");
        }

        if (stored.Status == SandboxSessionStatus.Canceled)
        {
            // Stripe keeps a session open when the buyer goes back; checking out again resumes it.
            stored = await sessions.ChangeAsync(stored.Id, Reopen, cancellationToken) ?? stored;
        }

        return new CheckoutSession(stored.Id, new Uri(new Uri(stored.SiteOrigin), PaymentRoutes.SandboxCheckoutPageOf(stored.Id)).AbsoluteUri);
    }

    private SandboxSessionDocument NewSession(CheckoutRequest request) => new()
    {
        Id = SandboxIds.NewSession(),
        OrderId = request.OrderId,
        BuyerEmail = SandboxSessionDocument.EmailOf(request),
        Currency = options.Currency,
        AmountTotalMinor = request.AmountTotalMinor,
        Lines = [.. request.Lines.Select(SandboxLineRecord.From)],
        SuccessUrl = request.SuccessUrl,
        CancelUrl = request.CancelUrl,
        SiteOrigin = new Uri(request.SuccessUrl).GetLeftPart(UriPartial.Authority),
        Status = SandboxSessionStatus.Open,
        CreatedAt = time.GetUtcNow(),
    };

    private static bool Reopen(SandboxSessionDocument session)
    {
        if (session.Status != SandboxSessionStatus.Canceled)
        {
            return false;
        }

        session.Status = SandboxSessionStatus.Open;
        return true;
    }
}
