using Market.Contracts.Orders;
using Market.Payments;
using Market.Payments.Fees;
using Market.Payments.Refunds;
using Market.Payments.Webhooks;
using Market.Store.Orders;

namespace Market.Web.Orders;

/// <summary>
/// <c>POST /webhooks/stripe</c>, the only place orders are fulfilled (never the redirect), refunded
/// and disputed: raw body, signature checked within 300 s, one handler for Stripe and the sandbox.
/// A paying event is claimed in the same commit as its effect (<see cref="PaymentEvents"/>); every other
/// effect is idempotent by key (the order's status, the ledger's idempotency keys) and refunds are
/// reckoned from the charge's cumulative amount, so an event delivered twice, late or out of order has
/// one effect; their record of handled events is kept after the effect so a redelivery after a crash
/// still completes it. A refused event (bad signature, stale timestamp) is answered 400
/// and recorded nowhere.
/// </summary>
public static class StripeWebhookEndpoint
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapStripeWebhook(this IEndpointRouteBuilder app)
    {
        app.MapPost(PaymentRoutes.Webhook, Handle).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> Handle(HttpRequest request, StripeWebhook webhook, HandledEvents handled, IGrainFactory grains, IPaymentFeeLookup fees, IRefundGateway refunds, ILoggerFactory logs)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        var verification = await webhook.VerifyAsync(body, request.Headers[StripeWebhook.SignatureHeader], request.HttpContext.RequestAborted);
        if (verification.Event is not { } stripeEvent)
        {
            WebhookMetrics.Record("refused");
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Webhook refused", detail: verification.Message);
        }

        if (!PaymentEvents.ClaimsInItsCommit(stripeEvent) && await handled.IsRecordedAsync(stripeEvent.Id))
        {
            return Duplicate(stripeEvent);
        }

        var log = logs.CreateLogger(typeof(StripeWebhookEndpoint));
        var outcome = await DispatchAsync(stripeEvent, grains, fees, refunds);
        if (outcome.RetryLater)
        {
            log.LogWarning("Stripe event {Event} ({Type}) deferred: {Outcome}", stripeEvent.Id, stripeEvent.Type, outcome.Text);
            WebhookMetrics.Record("deferred", stripeEvent.Type);
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Not ready for this event yet", detail: outcome.Text);
        }

        if (outcome.Duplicate)
        {
            return Duplicate(stripeEvent);
        }

        if (!outcome.Claimed)
        {
            await handled.RecordAsync(new StripeEventRecord { Id = stripeEvent.Id, Type = stripeEvent.Type, Outcome = outcome.Text, HandledAt = DateTimeOffset.UtcNow });
        }

        log.LogInformation("Stripe event {Event} ({Type}): {Outcome}", stripeEvent.Id, stripeEvent.Type, outcome.Text);
        WebhookMetrics.Record("handled", stripeEvent.Type);
        return Results.Ok(new { received = true });
    }

    private static IResult Duplicate(Stripe.Event stripeEvent)
    {
        WebhookMetrics.Record("duplicate", stripeEvent.Type);
        return Results.Ok(new { received = true, duplicate = true });
    }

    private static async Task<WebhookOutcome> DispatchAsync(Stripe.Event stripeEvent, IGrainFactory grains, IPaymentFeeLookup fees, IRefundGateway refunds) =>
        (stripeEvent.Type, stripeEvent.Data.Object) switch
        {
            (_, Stripe.Checkout.Session) when PaymentEvents.IsCheckoutEvent(stripeEvent) => await PaymentEvents.HandleAsync(stripeEvent, grains, fees, refunds),
            _ when ChargeEvents.Handles(stripeEvent) => await ChargeEvents.HandleAsync(stripeEvent, grains),
            (Payouts.AccountEvents.Updated, Stripe.Account account) => await Payouts.AccountEvents.UpdateAsync(stripeEvent, account, grains),
            _ => WebhookOutcome.Done("ignored"),
        };
}
