using Market.Domain.Orders;
using static Market.Domain.Tests.Orders.OrderScript;

namespace Market.Domain.Tests.Orders;

public sealed class PayingAnOrder
{
    [Fact]
    public void A_payment_of_exactly_the_amount_and_currency_pays_the_order()
    {
        var paid = Single<OrderEvent.Paid>(Placed(1_500, 500), Payment(2_000, "USD"));

        paid.Payment.ShouldBe(new ReceivedPayment("evt_paid", "cs_1", "pi_1", 2_000, "usd", 88, Now));
        var order = OrderDecider.Evolve(Placed(1_500, 500), paid);
        order.Status.ShouldBe(OrderStatusNames.Paid);
        order.Stage.ShouldBe(OrderStage.Paid);
    }

    [Fact]
    public void The_same_payment_delivered_twice_has_no_second_effect()
    {
        var paid = Paid(2_000);

        Decide(paid, Payment(2_000)).ShouldBe(OrderDecision.Nothing);
        Decide(paid, Payment(2_000, eventId: "evt_async_succeeded")).ShouldBe(OrderDecision.Nothing);
    }

    [Fact]
    public void A_matching_payment_without_its_fee_is_refused_naming_the_fee()
    {
        var refusal = Refusal(Placed(2_000), Payment(2_000, feeMinor: null));

        refusal.Reason.ShouldBe(OrderRefusalReason.FeeUnknown);
        refusal.Field.ShouldBe("feeMinor");
    }
}
