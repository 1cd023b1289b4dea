using Market.Domain.Orders;
using static Market.Domain.Tests.Orders.OrderScript;

namespace Market.Domain.Tests.Orders;

public sealed class PlacingAnOrder
{
    [Fact]
    public void A_placed_order_is_pending_for_the_sum_of_its_lines()
    {
        var order = Placed(1_500, 500);

        order.Status.ShouldBe(OrderStatusNames.Pending);
        order.AmountMinor.ShouldBe(2_000);
        order.PlacedAt.ShouldBe(Now);
        order.Currency.ShouldBe("usd");
        order.Lines.Select(l => l.LineId).ShouldBe(["1", "2"]);
    }

    [Fact]
    public void Placing_it_again_changes_nothing()
    {
        Decide(Placed(1_000), Place(9_999)).ShouldBe(OrderDecision.Nothing);
    }

    [Fact]
    public void The_currency_is_kept_in_lower_case()
    {
        Apply(null, Place(1_000) with { Currency = "USD" }).Currency.ShouldBe("usd");
    }

    [Fact]
    public void An_order_without_lines_is_refused_naming_the_items()
    {
        var refusal = Refusal(null, Place());

        refusal.Reason.ShouldBe(OrderRefusalReason.InvalidPlacement);
        refusal.Field.ShouldBe("items");
    }

    [Fact]
    public void More_than_fifty_lines_are_refused()
    {
        Refusal(null, Place([.. Enumerable.Repeat(100L, Order.MaxLines + 1)])).Field.ShouldBe("items");
    }

    [Fact]
    public void The_same_license_twice_is_refused_naming_the_second_item()
    {
        var place = Place(100, 100);
        var twice = place with { Lines = [place.Lines[0], place.Lines[1] with { WorkId = place.Lines[0].WorkId }] };

        Refusal(null, twice).Field.ShouldBe("items[1]");
    }

    [Fact]
    public void A_negative_price_is_refused_naming_the_line()
    {
        Refusal(null, Place(100, -1)).Field.ShouldBe("items[1].priceMinor");
    }

    [Fact]
    public void Every_other_command_before_placing_is_refused()
    {
        Refusal(null, Payment(100)).Reason.ShouldBe(OrderRefusalReason.NotPlaced);
        Refusal(null, new OrderCommand.AttachCheckout("cs_1", "https://pay")).Reason.ShouldBe(OrderRefusalReason.NotPlaced);
        Refusal(null, ChargeRefunded(100)).Reason.ShouldBe(OrderRefusalReason.NotPlaced);
    }
}
