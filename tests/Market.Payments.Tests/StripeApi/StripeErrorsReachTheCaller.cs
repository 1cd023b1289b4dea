using Market.Payments.Checkout;

namespace Market.Payments.Tests.StripeApi;

/// <summary>Stripe's refusals arrive as <see cref="PaymentException"/> with Stripe's own words.</summary>
public sealed class StripeErrorsReachTheCaller : IDisposable
{
    private readonly StripeFake _stripe = new(maxNetworkRetries: 2);

    [Fact]
    public async Task AnInvalidRequestIsRejectedWithStripesMessageAndNotRetried()
    {
        _stripe.Answer("POST", "/v1/checkout/sessions", 400, """
            {"error": {"type": "invalid_request_error", "code": "amount_too_small",
              "param": "line_items[0][price_data][unit_amount]",
              "message": "The Checkout Session's total amount due must add up to at least $0.50 usd"}}
            """);

        var failure = await Should.ThrowAsync<PaymentException>(() => _stripe.Get<ICheckoutGateway>().CreateSessionAsync(Orders.Request("order-31")));

        failure.Kind.ShouldBe(PaymentErrorKind.Rejected);
        failure.Code.ShouldBe("amount_too_small");
        failure.Message.ShouldBe("The Checkout Session's total amount due must add up to at least $0.50 usd");
        _stripe.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task ARefusedApiKeyIsAConfigurationProblem()
    {
        _stripe.Answer("POST", "/v1/checkout/sessions", 401, """
            {"error": {"type": "invalid_request_error", "message": "Invalid API Key provided: sk_test_****rket"}}
            """);

        var failure = await Should.ThrowAsync<PaymentException>(() => _stripe.Get<ICheckoutGateway>().CreateSessionAsync(Orders.Request("order-32")));

        failure.Kind.ShouldBe(PaymentErrorKind.Misconfigured);
        failure.Message.ShouldStartWith("Invalid API Key provided");
    }

    public void Dispose() => _stripe.Dispose();
}
