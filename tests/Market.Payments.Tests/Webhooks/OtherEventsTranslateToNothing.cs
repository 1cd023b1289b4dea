using Market.Payments.Webhooks;
using static Market.Payments.Tests.Webhooks.OrderEventBodies;

namespace Market.Payments.Tests.Webhooks;

public sealed class OtherEventsTranslateToNothing
{
    [Fact]
    public void An_event_type_of_no_order_translates_to_nothing()
    {
        OrderEventTranslation.Translate(Parse("account.updated", """{"id": "acct_1", "object": "account"}""")).ShouldBeNull();
        OrderEventTranslation.Translate(Parse("charge.succeeded", """{"id": "ch_1", "object": "charge", "payment_intent": "pi_1", "metadata": {"orderId": "o_1"}}""")).ShouldBeNull();
    }

    [Fact]
    public void An_order_event_type_carrying_another_object_translates_to_nothing()
    {
        OrderEventTranslation.Translate(Parse(OrderEventTypes.ChargeRefunded, """{"id": "cs_1", "object": "checkout.session", "client_reference_id": "o_1"}""")).ShouldBeNull();
    }
}
