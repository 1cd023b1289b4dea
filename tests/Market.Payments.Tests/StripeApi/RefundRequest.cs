using Market.Payments.Refunds;

namespace Market.Payments.Tests.StripeApi;

/// <summary>What Stripe receives when Market refunds.</summary>
public sealed class RefundRequest : IDisposable
{
    private readonly StripeFake _stripe = new();

    [Fact]
    public async Task RefundsThePaymentIntentUnderTheCallersKey()
    {
        _stripe.Answer("POST", "/v1/refunds", 200, """
            {"id": "re_test_1", "object": "refund", "amount": 500, "currency": "usd", "payment_intent": "pi_test_1", "status": "succeeded"}
            """);

        var receipt = await _stripe.Get<IRefundGateway>().RefundAsync("pi_test_1", 500, "refund:order-41:1");

        receipt.ShouldBe(new RefundReceipt("re_test_1", 500, RefundStatus.Succeeded));
        var request = _stripe.Requests.ShouldHaveSingleItem();
        request.Header("Idempotency-Key").ShouldBe("refund:order-41:1");
        request.Form()["payment_intent"].ShouldBe("pi_test_1");
        request.Form()["amount"].ShouldBe("500");
    }

    [Fact]
    public async Task RefusesANonPositiveAmountWithoutCallingStripe()
    {
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => _stripe.Get<IRefundGateway>().RefundAsync("pi_test_1", 0, "refund:order-42:1"));

        _stripe.Requests.ShouldBeEmpty();
    }

    public void Dispose() => _stripe.Dispose();
}
