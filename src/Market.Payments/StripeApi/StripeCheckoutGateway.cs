using Market.Payments.Checkout;
using Stripe;
using Stripe.Checkout;

namespace Market.Payments.StripeApi;

/// <summary>Stripe mode: a hosted Checkout session, one line item per order line.</summary>
internal sealed class StripeCheckoutGateway(StripeClient client, PaymentsOptions options) : ICheckoutGateway
{
    public async Task<CheckoutSession> CreateSessionAsync(CheckoutRequest request, CancellationToken cancellationToken = default)
    {
        request.Validate();
        var create = new SessionCreateOptions
        {
            Mode = "payment",
            ClientReferenceId = request.OrderId,
            CustomerEmail = string.IsNullOrWhiteSpace(request.BuyerEmail) ? null : request.BuyerEmail,
            SuccessUrl = request.SuccessUrl,
            CancelUrl = request.CancelUrl,
            LineItems = [.. request.Lines.Select(LineItem)],
            Metadata = OrderMetadata(request.OrderId),

            // The payment intent carries the order too: refunds and disputes arrive on charges, not sessions.
            PaymentIntentData = new SessionPaymentIntentDataOptions { Metadata = OrderMetadata(request.OrderId) },
        };

        // One key per order: a double click or a retry after a timeout yields the same session.
        var requestOptions = new RequestOptions { IdempotencyKey = $"checkout:{request.OrderId}" };
        var session = await StripeCalls.RunAsync(
            () => client.V1.Checkout.Sessions.CreateAsync(create, requestOptions, cancellationToken), cancellationToken);
        return new CheckoutSession(session.Id, session.Url);
    }

    private SessionLineItemOptions LineItem(CheckoutLine line) => new()
    {
        Quantity = 1,
        PriceData = new SessionLineItemPriceDataOptions
        {
            Currency = options.Currency,
            UnitAmount = line.UnitAmountMinor,
            ProductData = new SessionLineItemPriceDataProductDataOptions
            {
                Name = line.Title,

                // Per line here rather than on the session: session metadata allows only 50 keys.
                Metadata = new Dictionary<string, string> { ["workId"] = line.WorkId.Value, ["tier"] = line.Tier },
            },
        },
    };

    private static Dictionary<string, string> OrderMetadata(string orderId) => new() { ["orderId"] = orderId };
}
