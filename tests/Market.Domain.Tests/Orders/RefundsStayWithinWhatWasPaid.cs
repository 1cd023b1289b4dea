using CsCheck;
using Market.Domain.Orders;
using static Market.Domain.Tests.Orders.OrderScript;

namespace Market.Domain.Tests.Orders;

/// <summary>Random orders and random sequences of refunds, by request and from outside Market.</summary>
public sealed class RefundsStayWithinWhatWasPaid
{
    private static readonly Gen<(long[] Prices, (int Line, long Amount, bool Outside)[] Steps)> Case =
        Gen.Select(Gen.Long[0, 100_000].Array[1, 8].Where(p => p.Sum() > 0), Gen.Select(Gen.Int[-1, 7], Gen.Long[1, 120_000], Gen.Bool).Array[1, 12]);

    [Fact]
    public void Every_split_sums_exactly_to_its_refund_and_no_line_returns_more_than_its_price()
    {
        Case.Sample((prices, steps) =>
        {
            var order = Run(prices, steps, (before, refunded) =>
            {
                foreach (var applied in refunded.Applied)
                {
                    applied.Lines.Sum(l => l.AmountMinor).ShouldBe(applied.AmountMinor);
                }
            });
            order.Lines.ShouldAllBe(l => order.ReturnedMinorOf(l.LineId) <= l.PriceMinor);
            order.RefundableMinor.ShouldBeGreaterThanOrEqualTo(0);
        }, iter: 500);
    }

    [Fact]
    public void What_went_back_is_what_the_charge_reports_and_the_rest_is_refundable()
    {
        Case.Sample((prices, steps) =>
        {
            var order = Run(prices, steps, (_, _) => { });
            order.ReturnedMinor.ShouldBe(order.RefundedMinor);
            (order.ReturnedMinor + order.RefundableMinor + order.PendingRefundMinor).ShouldBe(order.AmountMinor);
            (order.Status == OrderStatusNames.Refunded).ShouldBe(order.ReturnedMinor == order.AmountMinor);
        }, iter: 500);
    }

    // Requests a refund (or takes one from outside) and reports it, staying within what the charge can refund.
    private static Order Run(long[] prices, (int Line, long Amount, bool Outside)[] steps, Action<Order, OrderEvent.ChargeRefunded> check)
    {
        var order = Paid(prices);
        foreach (var (line, amount, outside) in steps)
        {
            var lineId = line < 0 || line >= prices.Length ? null : Line(line);
            var left = lineId is null ? order.RefundableMinor : order.RefundableMinorOf(lineId);
            if (left == 0)
            {
                continue;
            }

            var take = Math.Min(amount, left);
            string? key = null;
            if (!outside)
            {
                order = Apply(order, new OrderCommand.RequestRefund(lineId, take));
                key = order.Refunds[^1].GatewayKey;
            }

            var refunded = Single<OrderEvent.ChargeRefunded>(order, ChargeRefunded(order.RefundedMinor + take, key));
            check(order, refunded);
            order = OrderDecider.Evolve(order, refunded);
        }

        return order;
    }
}
