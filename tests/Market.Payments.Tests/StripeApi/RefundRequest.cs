using Market.Payments.Refunds;

namespace Market.Payments.Tests.StripeApi;

/// <summary>What Stripe receives when Market refunds.</summary>
public sealed class RefundRequest : IDisposable
{
    private readonly StripeFake _stripe = new();

    [Fact]
    public async Task RefundsThePaymentIntentUnderTheCallersKey()
    {
        _stripe.NoRefundsYet();
        _stripe.Answer("POST", "/v1/refunds", 200, """
            {"id": "re_test_1", "object": "refund", "amount": 500, "currency": "usd", "payment_intent": "pi_test_1", "status": "succeeded"}
            """);

        var receipt = await _stripe.Get<IRefundGateway>().RefundAsync("pi_test_1", 500, "refund:order-41:1");

        receipt.ShouldBe(new RefundReceipt("re_test_1", 500, RefundStatus.Succeeded));
        _stripe.Requests.Select(r => $"{r.RequestMessage.Method} {r.RequestMessage.Path}").ShouldBe(["GET /v1/refunds", "POST /v1/refunds"]);
        _stripe.Requests[0].RequestMessage.Query!["payment_intent"].ShouldBe(["pi_test_1"]);
        var request = _stripe.Requests[1];
        request.Header("Idempotency-Key").ShouldBe("refund:order-41:1");
        request.Form()["payment_intent"].ShouldBe("pi_test_1");
        request.Form()["amount"].ShouldBe("500");

        // The key in the metadata is what finds this refund once Stripe has forgotten the key itself.
        request.Form()["metadata[idempotencyKey]"].ShouldBe("refund:order-41:1");
    }

    [Fact]
    public async Task RefusesANonPositiveAmountWithoutCallingStripe()
    {
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => _stripe.Get<IRefundGateway>().RefundAsync("pi_test_1", 0, "refund:order-42:1"));

        _stripe.Requests.ShouldBeEmpty();
    }

    public void Dispose() => _stripe.Dispose();
}
