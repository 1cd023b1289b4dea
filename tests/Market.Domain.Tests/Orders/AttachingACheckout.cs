using Market.Domain.Orders;
using static Market.Domain.Tests.Orders.OrderScript;

namespace Market.Domain.Tests.Orders;

public sealed class AttachingACheckout
{
    private static readonly OrderCommand.AttachCheckout Checkout = new("cs_1", "https://checkout/cs_1");

    [Fact]
    public void The_session_and_its_url_are_recorded()
    {
        var order = Apply(Placed(1_000), Checkout);

        order.CheckoutSessionId.ShouldBe("cs_1");
        order.CheckoutUrl.ShouldBe("https://checkout/cs_1");
    }

    [Fact]
    public void Attaching_the_same_session_again_changes_nothing()
    {
        Decide(Apply(Placed(1_000), Checkout), Checkout).ShouldBe(OrderDecision.Nothing);
    }

    [Fact]
    public void A_paid_order_takes_no_new_checkout()
    {
        Refusal(Paid(1_000), Checkout).Reason.ShouldBe(OrderRefusalReason.NotPending);
    }
}
