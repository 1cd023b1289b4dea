using Market.Domain.Money;
using Market.Domain.Orders;
using Market.Payments.Checkout;
using Market.Payments.Fees;
using Market.Payments.Sandbox;
using Market.Payments.Webhooks;
using Stripe.Checkout;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Market.Payments.Tests.Sandbox;

/// <summary>Sandbox events reach the site like Stripe's: signed, retried, verified by the one verifier.</summary>
[Collection(SandboxCollection.Name)]
public sealed class SandboxEventDelivery(SandboxFixture fixture) : IDisposable
{
    [Fact]
    public async Task TheCompletedEventVerifiesWithTheSameVerifierAsStripesEvents()
    {
        var orderId = Orders.NewId();
        var paid = await PaidSessionAsync(orderId);

        var result = await VerifyAsync(fixture.PostsFor(orderId).ShouldHaveSingleItem());

        result.IsValid.ShouldBeTrue(result.Message);
        result.Event!.Id.ShouldBe(paid.CompletedEventId);
        result.Event.Type.ShouldBe("checkout.session.completed");
        var session = result.Event.Data.Object.ShouldBeOfType<Session>();
        session.Id.ShouldBe(paid.Id);
        session.ClientReferenceId.ShouldBe(orderId);
        session.Metadata["orderId"].ShouldBe(orderId);
        session.AmountTotal.ShouldBe(2500);
        session.Currency.ShouldBe("usd");
        session.PaymentStatus.ShouldBe("paid");
        session.PaymentIntentId.ShouldBe(paid.PaymentIntentId);
        var payment = OrderEventTranslation.Translate(result.Event)!.Command.ShouldBeOfType<OrderCommand.ConfirmPayment>();
        payment.FeeMinor.ShouldBe(PaymentFees.Sandbox(2500), "the site reads the fee from the event, with no look-up");
    }

    [Fact]
    public async Task AFailedPostIsRetriedWithTheSameEvent()
    {
        var webhook = Request.Create().WithPath(PaymentRoutes.Webhook).UsingPost();
        fixture.Site.ResetMappings();
        fixture.Site.Given(webhook).InScenario("flaky site").WillSetStateTo("failed once").RespondWith(Response.Create().WithStatusCode(503));
        fixture.Site.Given(webhook).InScenario("flaky site").WhenStateIs("failed once").RespondWith(Response.Create().WithStatusCode(200));
        var orderId = Orders.NewId();

        var paid = await PaidSessionAsync(orderId);

        paid.EventDelivered.ShouldBeTrue();
        var posts = fixture.PostsFor(orderId);
        posts.Count.ShouldBe(2);
        posts[1].RequestMessage.Body.ShouldBe(posts[0].RequestMessage.Body);
        (await VerifyAsync(posts[1])).IsValid.ShouldBeTrue();
    }

    [Fact]
    public async Task AnEventTheSiteNeverTookIsResentWhenPayingAgain()
    {
        fixture.AnswerWebhooks(500);
        var orderId = Orders.NewId();

        var undelivered = await PaidSessionAsync(orderId);
        undelivered.EventDelivered.ShouldBeFalse();
        fixture.PostsFor(orderId).Count.ShouldBe(4);

        fixture.AnswerWebhooks(200);
        var delivered = (await fixture.Get<ISandboxCheckout>().PayAsync(undelivered.Id)).ShouldNotBeNull();

        delivered.EventDelivered.ShouldBeTrue();
        delivered.CompletedEventId.ShouldBe(undelivered.CompletedEventId);
        fixture.PostsFor(orderId).Select(p => p.RequestMessage.Body).Distinct().ShouldHaveSingleItem();
    }

    [Fact]
    public async Task TheFeeOfAPaidSessionIsTheSandboxFormulaOfItsAmount()
    {
        var paid = await PaidSessionAsync(Orders.NewId());
        var fees = fixture.Get<IPaymentFeeLookup>();

        (await fees.FeeForSessionAsync(paid.Id)).ShouldBe(103);
        (await fees.FeeForSessionAsync(paid.PaymentIntentId!)).ShouldBe(Market.Domain.Money.PaymentFees.Sandbox(2500));
    }

    [Fact]
    public async Task TheFeeOfAnUnpaidOrUnknownSessionIsRefused()
    {
        var open = await fixture.Get<ICheckoutGateway>().CreateSessionAsync(Orders.Request(Orders.NewId(), fixture.Site.Url!));
        var fees = fixture.Get<IPaymentFeeLookup>();

        (await Should.ThrowAsync<PaymentException>(() => fees.FeeForSessionAsync(open.SessionId))).Kind.ShouldBe(PaymentErrorKind.NotReady);
        (await Should.ThrowAsync<PaymentException>(() => fees.FeeForSessionAsync("pi_3Nz"))).Code.ShouldBe("resource_missing");
    }

    [Fact]
    public async Task EventsGoToTheConfiguredWebhookWhateverSiteTheCheckoutNames()
    {
        var orderId = Orders.NewId();
        var created = await fixture.Get<ICheckoutGateway>().CreateSessionAsync(Orders.Request(orderId, "http://attacker.invalid"));

        var paid = (await fixture.Get<ISandboxCheckout>().PayAsync(created.SessionId)).ShouldNotBeNull();

        paid.EventDelivered.ShouldBeTrue();
        fixture.PostsFor(orderId).ShouldHaveSingleItem();
    }

    [Fact]
    public void WithoutTheSettingANodeThatServesNoSiteNamesTheSetting()
    {
        var target = new SandboxWebhookTarget(new PaymentsOptions());

        Should.Throw<InvalidOperationException>(() => target.Url).Message.ShouldContain("Stripe:SandboxWebhookUrl");
    }

    public void Dispose() => fixture.AnswerWebhooks(200);

    private async Task<SandboxSession> PaidSessionAsync(string orderId)
    {
        var created = await fixture.Get<ICheckoutGateway>().CreateSessionAsync(Orders.Request(orderId, fixture.Site.Url!));
        return (await fixture.Get<ISandboxCheckout>().PayAsync(created.SessionId)).ShouldNotBeNull();
    }

    private Task<WebhookVerification> VerifyAsync(ILogEntry post) =>
        fixture.Get<StripeWebhook>().VerifyAsync(
            post.RequestMessage.Body!, post.RequestMessage.Headers![StripeWebhook.SignatureHeader].Single());
}
