using Market.Payments.Checkout;
using Market.Payments.Sandbox;

namespace Market.Payments.Tests.Sandbox;

/// <summary>A sandbox session from checkout to paid or canceled, one per order.</summary>
[Collection(SandboxCollection.Name)]
public sealed class SandboxCheckoutLifecycle(SandboxFixture fixture)
{
    private ICheckoutGateway Gateway => fixture.Get<ICheckoutGateway>();

    private ISandboxCheckout Checkout => fixture.Get<ISandboxCheckout>();

    [Fact]
    public async Task CheckoutOpensASessionWhosePageIsOnTheBuyersSite()
    {
        var orderId = Orders.NewId();

        var created = await Gateway.CreateSessionAsync(Orders.Request(orderId, fixture.Site.Url!));

        created.SessionId.ShouldStartWith("cs_sandbox_");
        created.Url.ShouldBe($"{fixture.Site.Url}/sandbox/checkout/{created.SessionId}");
        var session = (await Checkout.GetAsync(created.SessionId)).ShouldNotBeNull();
        session.Status.ShouldBe(SandboxSessionStatus.Open);
        session.OrderId.ShouldBe(orderId);
        session.AmountTotalMinor.ShouldBe(2500);
        session.Currency.ShouldBe("usd");
        session.Lines.Select(l => (l.WorkId.Value, l.Tier, l.UnitAmountMinor)).ShouldBe([("work-a", "standard", 2000L), ("work-b", "personal", 500L)]);
        session.SuccessUrl.ShouldEndWith($"/paid?session={created.SessionId}");
        session.PaymentIntentId.ShouldBeNull();
    }

    [Fact]
    public async Task PayingMarksTheSessionPaidAndDeliversOneCompletedEvent()
    {
        var orderId = Orders.NewId();
        var created = await Gateway.CreateSessionAsync(Orders.Request(orderId, fixture.Site.Url!));

        var paid = (await Checkout.PayAsync(created.SessionId)).ShouldNotBeNull();

        paid.Status.ShouldBe(SandboxSessionStatus.Paid);
        paid.PaymentIntentId.ShouldNotBeNull().ShouldStartWith("pi_sandbox_");
        paid.CompletedEventId.ShouldNotBeNull().ShouldStartWith("evt_sandbox_");
        paid.EventDelivered.ShouldBeTrue();
        (await Checkout.GetAsync(created.SessionId))!.Status.ShouldBe(SandboxSessionStatus.Paid);
        fixture.PostsFor(orderId).ShouldHaveSingleItem().RequestMessage.Body!.ShouldContain(paid.CompletedEventId);
    }

    [Fact]
    public async Task PayingTwiceKeepsTheOneEventAndSendsNothingMore()
    {
        var orderId = Orders.NewId();
        var created = await Gateway.CreateSessionAsync(Orders.Request(orderId, fixture.Site.Url!));

        var first = await Checkout.PayAsync(created.SessionId);
        var second = await Checkout.PayAsync(created.SessionId);

        second!.CompletedEventId.ShouldBe(first!.CompletedEventId);
        second.Status.ShouldBe(SandboxSessionStatus.Paid);
        fixture.PostsFor(orderId).Count.ShouldBe(1);
    }

    [Fact]
    public async Task CheckingOutTheSameOrderAgainReturnsTheSameSession_EvenConcurrently()
    {
        var request = Orders.Request(Orders.NewId(), fixture.Site.Url!);

        var sessions = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Gateway.CreateSessionAsync(request)));

        sessions.Distinct().ShouldHaveSingleItem();
        (await Gateway.CreateSessionAsync(request)).ShouldBe(sessions[0]);
    }

    [Fact]
    public async Task CheckingOutTheSameOrderWithOtherLinesIsAnIdempotencyError()
    {
        var request = Orders.Request(Orders.NewId(), fixture.Site.Url!);
        await Gateway.CreateSessionAsync(request);

        var changed = request with { Lines = [request.Lines[0]] };
        var failure = await Should.ThrowAsync<PaymentException>(() => Gateway.CreateSessionAsync(changed));

        failure.Kind.ShouldBe(PaymentErrorKind.Rejected);
        failure.Code.ShouldBe("idempotency_error");
    }

    [Fact]
    public async Task ACanceledSessionCannotBePaidUntilTheOrderIsCheckedOutAgain()
    {
        var orderId = Orders.NewId();
        var request = Orders.Request(orderId, fixture.Site.Url!);
        var created = await Gateway.CreateSessionAsync(request);

        (await Checkout.CancelAsync(created.SessionId))!.Status.ShouldBe(SandboxSessionStatus.Canceled);
        (await Checkout.PayAsync(created.SessionId))!.Status.ShouldBe(SandboxSessionStatus.Canceled);
        fixture.PostsFor(orderId).ShouldBeEmpty();

        (await Gateway.CreateSessionAsync(request)).ShouldBe(created);
        (await Checkout.PayAsync(created.SessionId))!.Status.ShouldBe(SandboxSessionStatus.Paid);
        (await Checkout.CancelAsync(created.SessionId))!.Status.ShouldBe(SandboxSessionStatus.Paid);
    }

    [Fact]
    public async Task AnUnknownSessionIsNotFound()
    {
        (await Checkout.GetAsync("cs_sandbox_nope")).ShouldBeNull();
        (await Checkout.PayAsync("cs_sandbox_nope")).ShouldBeNull();
        (await Checkout.CancelAsync("cs_sandbox_nope")).ShouldBeNull();
    }
}
