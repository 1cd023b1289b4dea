using Market.Payments.Refunds;

namespace Market.Payments.Tests.StripeApi;

/// <summary>
/// Stripe forgets an idempotency key after 24 h, so a refund carries its key in its metadata and every
/// refund first lists the payment's refunds: a retry after the key is forgotten answers the first refund
/// instead of refunding the buyer twice.
/// </summary>
public sealed class RefundsPastTheKeyLifetimeAreLookedUp : IDisposable
{
    private readonly StripeFake _stripe = new();
    private readonly StripeRefunds _refunds;

    public RefundsPastTheKeyLifetimeAreLookedUp() => _refunds = new StripeRefunds(_stripe.Server);

    private IRefundGateway Gateway => _stripe.Get<IRefundGateway>();

    [Fact]
    public async Task ARefundRetriedAfterStripeForgotItsKeyAnswersTheFirstRefund()
    {
        var first = await Gateway.RefundAsync("pi_late_1", 700, "refund:order-late-1:1");
        _refunds.ForgetKeys();

        var retried = await Gateway.RefundAsync("pi_late_1", 700, "refund:order-late-1:1");

        retried.ShouldBe(first);
        var made = _refunds.Made.ShouldHaveSingleItem();
        ((string?)made["id"]).ShouldBe(first.RefundId);
        ((string?)made["metadata"]!["idempotencyKey"]).ShouldBe("refund:order-late-1:1");
    }

    [Fact]
    public async Task AnotherKeyOnTheSamePaymentIsAnotherRefund()
    {
        var first = await Gateway.RefundAsync("pi_late_2", 300, "refund:order-late-2:1");
        _refunds.ForgetKeys();

        var second = await Gateway.RefundAsync("pi_late_2", 200, "refund:order-late-2:2");

        second.RefundId.ShouldNotBe(first.RefundId);
        _refunds.Made.Count.ShouldBe(2);
    }

    [Fact]
    public async Task AForgottenKeyRetriedWithAnotherAmountIsRefusedNotRefunded()
    {
        await Gateway.RefundAsync("pi_late_3", 500, "refund:order-late-3:1");
        _refunds.ForgetKeys();

        var refused = await Should.ThrowAsync<PaymentException>(() => Gateway.RefundAsync("pi_late_3", 400, "refund:order-late-3:1"));

        refused.Kind.ShouldBe(PaymentErrorKind.Rejected);
        refused.Code.ShouldBe("idempotency_error");
        _refunds.Made.ShouldHaveSingleItem();
    }

    public void Dispose() => _stripe.Dispose();
}
