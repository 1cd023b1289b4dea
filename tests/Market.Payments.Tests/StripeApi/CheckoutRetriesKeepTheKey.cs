using Market.Payments.Checkout;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Market.Payments.Tests.StripeApi;

/// <summary>Stripe.net's automatic retry after a server error resends the same idempotency key.</summary>
public sealed class CheckoutRetriesKeepTheKey : IDisposable
{
    private readonly StripeFake _stripe = new(maxNetworkRetries: 2);

    [Fact]
    public async Task AServerErrorIsRetriedWithTheSameKeyAndYieldsOneSession()
    {
        var sessions = Request.Create().WithPath("/v1/checkout/sessions").UsingPost();
        _stripe.Server.Given(sessions).InScenario("flaky").WillSetStateTo("failed once")
            .RespondWith(Response.Create().WithStatusCode(500).WithHeader("Content-Type", "application/json")
                .WithBody("""{"error": {"type": "api_error", "message": "Something went wrong on Stripe's end."}}"""));
        _stripe.Server.Given(sessions).InScenario("flaky").WhenStateIs("failed once").WillSetStateTo("created")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody("""{"id": "cs_test_retry", "object": "checkout.session", "url": "https://checkout.stripe.com/c/pay/cs_test_retry"}"""));

        var session = await _stripe.Get<ICheckoutGateway>().CreateSessionAsync(Orders.Request("order-21"));

        session.SessionId.ShouldBe("cs_test_retry");
        var requests = _stripe.Requests;
        requests.Count.ShouldBe(2);
        requests.Select(r => r.Header("Idempotency-Key")).ShouldAllBe(key => key == "checkout:order-21");
        requests[1].RequestMessage.Body.ShouldBe(requests[0].RequestMessage.Body);
    }

    public void Dispose() => _stripe.Dispose();
}
