using Market.Payments.Refunds;
using Stripe;

namespace Market.Payments.StripeApi;

/// <summary>Stripe mode: a refund on the payment intent, under the caller's idempotency key.</summary>
/// <remarks>
/// Stripe forgets an idempotency key after 24 hours, and a refund retried later under it would be made
/// again. So the key also goes into the refund's metadata, and every refund first lists the payment
/// intent's refunds (a short list) and answers the one made under the key, as payouts do for transfers.
/// </remarks>
internal sealed class StripeRefundGateway(StripeClient client) : IRefundGateway
{
    /// <summary>The refund metadata field holding the key it was made under.</summary>
    internal const string KeyField = "idempotencyKey";

    public async Task<RefundReceipt> RefundAsync(
        string paymentIntentId, long amountMinor, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        RefundArguments.Check(paymentIntentId, amountMinor, idempotencyKey);
        var refund = await FindEarlierAsync(paymentIntentId, idempotencyKey, cancellationToken);
        if (refund is not null && refund.Amount != amountMinor)
        {
            throw RefundArguments.KeyReused(idempotencyKey, refund.Amount, amountMinor);
        }

        if (refund is null)
        {
            var create = new RefundCreateOptions { PaymentIntent = paymentIntentId, Amount = amountMinor, Metadata = new() { [KeyField] = idempotencyKey } };
            var requestOptions = new RequestOptions { IdempotencyKey = idempotencyKey };
            refund = await StripeCalls.RunAsync(
                () => client.V1.Refunds.CreateAsync(create, requestOptions, cancellationToken), cancellationToken);
        }

        return new RefundReceipt(refund.Id, refund.Amount, StatusOf(refund.Status));
    }

    private Task<Refund?> FindEarlierAsync(string paymentIntentId, string idempotencyKey, CancellationToken cancellationToken)
    {
        var list = new RefundListOptions { PaymentIntent = paymentIntentId, Limit = 100 };
        return StripeCalls.FindAsync(
            () => client.V1.Refunds.ListAutoPagingAsync(list, null, cancellationToken),
            made => made.Metadata?.GetValueOrDefault(KeyField) == idempotencyKey,
            cancellationToken);
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
