using Market.Payments.Checkout;
using Stripe;

namespace Market.Payments.Tests.StripeApi;

/// <summary>What Stripe receives when Market opens a checkout.</summary>
public sealed class CheckoutSessionRequest : IDisposable
{
    private const string SessionJson = """
        {"id": "cs_test_a1", "object": "checkout.session", "url": "https://checkout.stripe.com/c/pay/cs_test_a1", "mode": "payment", "status": "open"}
        """;

    private readonly StripeFake _stripe = new();

    [Fact]
    public async Task OneLineItemPerOrderLineWithTheOrderInReferenceAndMetadata()
    {
        _stripe.Answer("POST", "/v1/checkout/sessions", 200, SessionJson);

        var session = await _stripe.Get<ICheckoutGateway>().CreateSessionAsync(Orders.Request("order-17"));

        session.ShouldBe(new CheckoutSession("cs_test_a1", "https://checkout.stripe.com/c/pay/cs_test_a1"));
        var form = _stripe.Requests.ShouldHaveSingleItem().Form();
        form["mode"].ShouldBe("payment");
        form["client_reference_id"].ShouldBe("order-17");
        form["customer_email"].ShouldBe("buyer@example.com");
        form["metadata[orderId]"].ShouldBe("order-17");
        form["payment_intent_data[metadata][orderId]"].ShouldBe("order-17");
        form["success_url"].ShouldBe("https://market.example/orders/order-17/paid?session={CHECKOUT_SESSION_ID}");
        form["cancel_url"].ShouldBe("https://market.example/orders/order-17");
        form["line_items[0][quantity]"].ShouldBe("1");
        form["line_items[0][price_data][currency]"].ShouldBe("usd");
        form["line_items[0][price_data][unit_amount]"].ShouldBe("2000");
        form["line_items[0][price_data][product_data][name]"].ShouldBe("Harbour at dawn");
        form["line_items[0][price_data][product_data][metadata][workId]"].ShouldBe("work-a");
        form["line_items[0][price_data][product_data][metadata][tier]"].ShouldBe("standard");
        form["line_items[1][price_data][unit_amount]"].ShouldBe("500");
        form["line_items[1][price_data][product_data][metadata][workId]"].ShouldBe("work-b");
        form["line_items[2][quantity]"].ShouldBeNull();
    }

    [Fact]
    public async Task CarriesTheOrdersIdempotencyKeyTheSecretKeyAndThePinnedApiVersion()
    {
        _stripe.Answer("POST", "/v1/checkout/sessions", 200, SessionJson);

        await _stripe.Get<ICheckoutGateway>().CreateSessionAsync(Orders.Request("order-18"));

        var request = _stripe.Requests.ShouldHaveSingleItem();
        request.Header("Idempotency-Key").ShouldBe("checkout:order-18");
        request.Header("Authorization").ShouldBe($"Bearer {StripeFake.SecretKey}");
        request.Header("Stripe-Version").ShouldBe(StripeConfiguration.ApiVersion);
    }

    [Fact]
    public async Task RejectsAMalformedRequestBeforeCallingStripe()
    {
        var request = Orders.Request("order-19") with { SuccessUrl = "/orders/order-19/paid" };

        await Should.ThrowAsync<ArgumentException>(() => _stripe.Get<ICheckoutGateway>().CreateSessionAsync(request));

        _stripe.Requests.ShouldBeEmpty();
    }

    public void Dispose() => _stripe.Dispose();
}
