using Market.Payments.Checkout;
using Market.Payments.Refunds;
using Market.Payments.Sandbox;
using Market.Payments.Webhooks;
using Stripe;

namespace Market.Payments.Tests.Sandbox;

/// <summary>Sandbox refunds: recorded once per key, bounded by what is left, announced as <c>charge.refunded</c>.</summary>
[Collection(SandboxCollection.Name)]
public sealed class SandboxRefunds(SandboxFixture fixture)
{
    private IRefundGateway Refunds => fixture.Get<IRefundGateway>();

    [Fact]
    public async Task EachRefundEmitsChargeRefundedWithTheCumulativeAmount()
    {
        var orderId = Orders.NewId();
        var paid = await PaidSessionAsync(orderId);

        var first = await Refunds.RefundAsync(paid.PaymentIntentId!, 500, $"refund:{orderId}:1");
        var second = await Refunds.RefundAsync(paid.PaymentIntentId!, 2000, $"refund:{orderId}:2");

        first.RefundId.ShouldStartWith("re_sandbox_");
        first.ShouldBe(first with { AmountMinor = 500, Status = RefundStatus.Succeeded });
        second.AmountMinor.ShouldBe(2000);
        var charges = await RefundedChargesAsync(orderId);
        charges.Select(c => (c.AmountRefunded, c.Refunded)).ShouldBe([(500L, false), (2500L, true)]);
        charges.ShouldAllBe(c => c.PaymentIntentId == paid.PaymentIntentId && c.Amount == 2500 && c.Metadata["orderId"] == orderId);
    }

    [Fact]
    public async Task RepeatingAKeyReturnsTheFirstRefundAndEmitsNothingMore()
    {
        var orderId = Orders.NewId();
        var paid = await PaidSessionAsync(orderId);

        var first = await Refunds.RefundAsync(paid.PaymentIntentId!, 700, "refund:same");
        var again = await Refunds.RefundAsync(paid.PaymentIntentId!, 700, "refund:same");

        again.ShouldBe(first);
        (await RefundedChargesAsync(orderId)).ShouldHaveSingleItem().AmountRefunded.ShouldBe(700);
    }

    [Fact]
    public async Task RepeatingAKeyWithAnotherAmountIsAnIdempotencyError()
    {
        var paid = await PaidSessionAsync(Orders.NewId());
        await Refunds.RefundAsync(paid.PaymentIntentId!, 700, "refund:k");

        var failure = await Should.ThrowAsync<PaymentException>(() => Refunds.RefundAsync(paid.PaymentIntentId!, 800, "refund:k"));

        failure.Code.ShouldBe("idempotency_error");
    }

    [Fact]
    public async Task RefundingMoreThanIsLeftIsRejectedInStripesWords()
    {
        var paid = await PaidSessionAsync(Orders.NewId());
        await Refunds.RefundAsync(paid.PaymentIntentId!, 2000, "refund:a");

        var failure = await Should.ThrowAsync<PaymentException>(() => Refunds.RefundAsync(paid.PaymentIntentId!, 501, "refund:b"));

        failure.Kind.ShouldBe(PaymentErrorKind.Rejected);
        failure.Message.ShouldBe("Refund amount (501) is greater than unrefunded amount on charge (500).");
    }

    [Fact]
    public async Task RefundingAnUnpaidOrUnknownPaymentIsRejected()
    {
        var open = await fixture.Get<ICheckoutGateway>().CreateSessionAsync(Orders.Request(Orders.NewId(), fixture.Site.Url!));
        var unpaidIntent = "pi_sandbox_" + open.SessionId["cs_sandbox_".Length..];

        (await Should.ThrowAsync<PaymentException>(() => Refunds.RefundAsync(unpaidIntent, 100, "refund:x"))).Code.ShouldBe("charge_not_refundable");
        (await Should.ThrowAsync<PaymentException>(() => Refunds.RefundAsync("pi_sandbox_nope", 100, "refund:y"))).Code.ShouldBe("resource_missing");
        (await Should.ThrowAsync<PaymentException>(() => Refunds.RefundAsync(open.SessionId, 100, "refund:z"))).Code.ShouldBe("resource_missing");
    }

    private async Task<SandboxSession> PaidSessionAsync(string orderId)
    {
        var created = await fixture.Get<ICheckoutGateway>().CreateSessionAsync(Orders.Request(orderId, fixture.Site.Url!));
        return (await fixture.Get<ISandboxCheckout>().PayAsync(created.SessionId)).ShouldNotBeNull();
    }

    private async Task<List<Charge>> RefundedChargesAsync(string orderId)
    {
        var charges = new List<Charge>();
        foreach (var post in fixture.PostsFor(orderId))
        {
            var result = await fixture.Get<StripeWebhook>().VerifyAsync(post.RequestMessage.Body!, post.RequestMessage.Headers![StripeWebhook.SignatureHeader].Single());
            result.IsValid.ShouldBeTrue(result.Message);
            if (result.Event!.Type == "charge.refunded")
            {
                charges.Add(result.Event.Data.Object.ShouldBeOfType<Charge>());
            }
        }

        return charges;
    }
}
