using Stripe;

namespace Market.Payments.Reconciliation;

/// <summary>Stripe mode: the platform account's balance transactions, listed through Stripe.net and grouped by reporting category.</summary>
internal sealed class StripeBalanceActivity(StripeClient client) : IBalanceActivitySource
{
    public async Task<BalanceActivity> ForPeriodAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var minor = BalanceKinds.All.ToDictionary(k => k, _ => 0L);
        var list = new BalanceTransactionListOptions
        {
            Created = new DateRangeOptions { GreaterThanOrEqual = from.UtcDateTime, LessThan = to.UtcDateTime },
            Limit = 100,
        };
        try
        {
            await foreach (var transaction in client.V1.BalanceTransactions.ListAutoPagingAsync(list, null, cancellationToken))
            {
                var kind = KindOf(transaction.ReportingCategory);
                minor[kind] += transaction.Amount;

                // A dispute's fee belongs to the dispute, as the ledger books it; every other fee is a fee.
                minor[kind == BalanceKinds.Dispute ? BalanceKinds.Dispute : BalanceKinds.Fee] -= transaction.Fee;
            }
        }
        catch (StripeException e)
        {
            throw new PaymentException(PaymentErrorKind.Unavailable, $"Stripe's balance transactions could not be listed: {e.Message}", e.StripeError?.Code, e);
        }
        catch (HttpRequestException e)
        {
            throw new PaymentException(PaymentErrorKind.Unavailable, $"Stripe's balance transactions could not be listed: {e.Message}", null, e);
        }

        return new BalanceActivity("Stripe balance transactions", minor, new Dictionary<string, string>());
    }

    private static string KindOf(string? reportingCategory) => reportingCategory switch
    {
        "charge" => BalanceKinds.Charge,
        "refund" or "refund_failure" => BalanceKinds.Refund,
        "dispute" or "dispute_reversal" => BalanceKinds.Dispute,
        "transfer" or "transfer_reversal" => BalanceKinds.Transfer,
        "fee" => BalanceKinds.Fee,
        _ => BalanceKinds.Other,
    };
}
