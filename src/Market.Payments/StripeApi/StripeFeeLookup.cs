using Market.Payments.Fees;
using Stripe;

namespace Market.Payments.StripeApi;

/// <summary>Stripe mode: payment intent → its latest charge → that charge's balance transaction → fee.</summary>
internal sealed class StripeFeeLookup(StripeClient client, PaymentsOptions options) : IPaymentFeeLookup
{
    public async Task<long> FeeForSessionAsync(string sessionOrPaymentIntentId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionOrPaymentIntentId);
        var paymentIntentId = sessionOrPaymentIntentId.StartsWith("cs_", StringComparison.Ordinal)
            ? await PaymentIntentOfAsync(sessionOrPaymentIntentId, cancellationToken)
            : sessionOrPaymentIntentId;

        var get = new PaymentIntentGetOptions();
        get.AddExpand("latest_charge.balance_transaction");
        var intent = await StripeCalls.RunAsync(
            () => client.V1.PaymentIntents.GetAsync(paymentIntentId, get, null, cancellationToken), cancellationToken);
        var transaction = intent.LatestCharge?.BalanceTransaction
            ?? throw new PaymentException(PaymentErrorKind.NotReady, $"Payment {paymentIntentId} has no settled charge yet.");

        // The fee is in the account's settlement currency; apportioning it over prices in another
        // currency would silently mix units.
        if (!string.Equals(transaction.Currency, options.Currency, StringComparison.OrdinalIgnoreCase))
        {
            throw new PaymentException(
                PaymentErrorKind.Misconfigured,
                $"Stripe settled payment {paymentIntentId} in {transaction.Currency}, but this deployment charges in {options.Currency}.");
        }

        return transaction.Fee;
    }

    private async Task<string> PaymentIntentOfAsync(string sessionId, CancellationToken cancellationToken)
    {
        var session = await StripeCalls.RunAsync(
            () => client.V1.Checkout.Sessions.GetAsync(sessionId, null, null, cancellationToken), cancellationToken);
        return session.PaymentIntentId
            ?? throw new PaymentException(PaymentErrorKind.NotReady, $"Checkout session {sessionId} has not been paid yet.");
    }
}
