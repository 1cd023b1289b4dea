using Market.Payments.Fees;

namespace Market.Payments.Tests.StripeApi;

/// <summary>The fee comes from the charge's balance transaction: payment intent → latest charge → fee.</summary>
public sealed class FeeFromBalanceTransaction : IDisposable
{
    private readonly StripeFake _stripe = new();

    [Fact]
    public async Task ReadsTheFeeThroughOneExpandedPaymentIntent()
    {
        _stripe.Answer("GET", "/v1/payment_intents/pi_test_1", 200, PaymentIntent("usd"));

        var fee = await _stripe.Get<IPaymentFeeLookup>().FeeForSessionAsync("pi_test_1");

        fee.ShouldBe(88);
        var request = _stripe.Requests.ShouldHaveSingleItem();
        request.RequestMessage.Query!["expand[0]"].ShouldBe(["latest_charge.balance_transaction"]);
    }

    [Fact]
    public async Task StartsFromTheSessionsPaymentIntentWhenGivenASession()
    {
        _stripe.Answer("GET", "/v1/checkout/sessions/cs_test_1", 200, """
            {"id": "cs_test_1", "object": "checkout.session", "payment_intent": "pi_test_1", "payment_status": "paid"}
            """);
        _stripe.Answer("GET", "/v1/payment_intents/pi_test_1", 200, PaymentIntent("usd"));

        var fee = await _stripe.Get<IPaymentFeeLookup>().FeeForSessionAsync("cs_test_1");

        fee.ShouldBe(88);
        _stripe.Requests.Select(r => r.RequestMessage.Path).ShouldBe(["/v1/checkout/sessions/cs_test_1", "/v1/payment_intents/pi_test_1"]);
    }

    [Fact]
    public async Task APaymentWithoutACharge_IsNotReady()
    {
        _stripe.Answer("GET", "/v1/payment_intents/pi_test_2", 200, """
            {"id": "pi_test_2", "object": "payment_intent", "amount": 2000, "currency": "usd", "status": "requires_payment_method", "latest_charge": null}
            """);

        var failure = await Should.ThrowAsync<PaymentException>(() => _stripe.Get<IPaymentFeeLookup>().FeeForSessionAsync("pi_test_2"));

        failure.Kind.ShouldBe(PaymentErrorKind.NotReady);
    }

    [Fact]
    public async Task AFeeSettledInAnotherCurrency_IsAConfigurationProblem()
    {
        _stripe.Answer("GET", "/v1/payment_intents/pi_test_1", 200, PaymentIntent("eur"));

        var failure = await Should.ThrowAsync<PaymentException>(() => _stripe.Get<IPaymentFeeLookup>().FeeForSessionAsync("pi_test_1"));

        failure.Kind.ShouldBe(PaymentErrorKind.Misconfigured);
        failure.Message.ShouldContain("eur");
    }

    private static string PaymentIntent(string settlementCurrency) => $$"""
        {"id": "pi_test_1", "object": "payment_intent", "amount": 2000, "currency": "usd", "status": "succeeded",
         "latest_charge": {"id": "ch_test_1", "object": "charge", "amount": 2000, "currency": "usd", "payment_intent": "pi_test_1",
           "balance_transaction": {"id": "txn_test_1", "object": "balance_transaction", "amount": 2000, "fee": 88, "net": 1912,
             "currency": "{{settlementCurrency}}", "type": "charge"} } }
        """;

    public void Dispose() => _stripe.Dispose();
}
