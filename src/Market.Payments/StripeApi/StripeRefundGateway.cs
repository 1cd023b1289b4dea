using Market.Payments.Refunds;
using Stripe;

namespace Market.Payments.StripeApi;

/// <summary>Stripe mode: a refund on the payment intent, under the caller's idempotency key.</summary>
internal sealed class StripeRefundGateway(StripeClient client) : IRefundGateway
{
    public async Task<RefundReceipt> RefundAsync(
        string paymentIntentId, long amountMinor, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        RefundArguments.Check(paymentIntentId, amountMinor, idempotencyKey);
        var create = new RefundCreateOptions { PaymentIntent = paymentIntentId, Amount = amountMinor };
        var requestOptions = new RequestOptions { IdempotencyKey = idempotencyKey };
        var refund = await StripeCalls.RunAsync(
            () => client.V1.Refunds.CreateAsync(create, requestOptions, cancellationToken), cancellationToken);
        return new RefundReceipt(refund.Id, refund.Amount, StatusOf(refund.Status));
    }

    private static RefundStatus StatusOf(string? status) => status switch
    {
        "succeeded" => RefundStatus.Succeeded,
        "failed" => RefundStatus.Failed,
        "canceled" => RefundStatus.Canceled,
        "requires_action" => RefundStatus.RequiresAction,
        _ => RefundStatus.Pending,
    };
}
